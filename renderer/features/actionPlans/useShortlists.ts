import { useEffect, useState } from 'react';
import type { Shortlist } from '../../../shared/domain/workshop';
import { call } from '../../api';
import { useUi } from '../shell/uiStore';

/** The short lists of every workshop that has a cut line; null while loading. */
export function useShortlists(projectId: string): Shortlist[] | null {
  const [lists, setLists] = useState<Shortlist[] | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const workshops = (await call('workshops.list', { projectId })).filter((w) => w.cutLine !== null);
      const all = await Promise.all(workshops.map((w) => call('workshops.shortlist', { projectId, id: w.id })));
      if (live) setLists(all.filter((s) => s.shortlistedCount > 0));
    })().catch((e) => {
      useUi.getState().fail(e);
      if (live) setLists([]);
    });
    return () => { live = false; };
  }, [projectId]);
  return lists;
}
