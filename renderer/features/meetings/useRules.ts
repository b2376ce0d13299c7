import { useCallback, useEffect, useState } from 'react';
import type { OrgRules, OrgRulesFields } from '../../../shared/domain/orgRules';
import { call } from '../../api';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { useMeetings } from './meetingsStore';

/** The FGD-1 draft rules of one meeting, read again after undo/redo; `save` is one undo step. */
export function useRules(meetingId: string) {
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const edit = useMeetings((s) => s.edit);
  const [rules, setRules] = useState<OrgRules | null>(null);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    call('rules.get', { projectId, meetingId }).then((r) => live && setRules(r), (e) => useUi.getState().fail(e));
    return () => {
      live = false;
    };
  }, [projectId, meetingId, revision]);
  const save = useCallback(async (patch: Partial<OrgRulesFields>) => {
    const out = await edit('rules.set', { meetingId, ...patch });
    if (out) setRules(out);
    return out !== null;
  }, [edit, meetingId]);
  return { rules, save };
}
