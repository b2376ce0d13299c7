import { useEffect, useState } from 'react';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';

interface Phrase { id: string; text: string }

/**
 * Candidate phrases for the vision: the visible cards of the project's "kata kunci visi"
 * workshops. A click puts the phrase into the draft; nothing is written until the version is saved.
 */
export function WorkshopPhrases({ onPick }: { onPick: (text: string) => void }) {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const [phrases, setPhrases] = useState<Phrase[] | null>(null);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    void (async () => {
      try {
        const workshops = (await call('workshops.list', { projectId })).filter((w) => w.template === 'vision');
        const cards = (await Promise.all(workshops.map((w) => call('cards.list', { projectId, workshopId: w.id })))).flat();
        if (live) setPhrases(cards.filter((c) => !c.hidden).map((c) => ({ id: c.id, text: c.text })));
      } catch {
        // Phrases are a help, not the task: without them the form works as before.
        if (live) setPhrases([]);
      }
    })();
    return () => {
      live = false;
    };
  }, [projectId]);
  if (!phrases || phrases.length === 0) return null;
  return (
    <div className="field">
      <span className="hint">{t('meetings.vision.phrases')}</span>
      <div className="phrase-list">
        {phrases.map((p) => (
          <button key={p.id} type="button" className="chip" onClick={() => onPick(p.text)}>{p.text}</button>
        ))}
      </div>
    </div>
  );
}
