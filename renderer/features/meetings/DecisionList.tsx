import { useState } from 'react';
import type { Decision } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { CommitInput } from './CommitInput';
import { useMeetings } from './meetingsStore';

/**
 * Decisions of one agenda item. Enter in the "new decision" field saves it and leaves the field
 * empty with the focus in it, so the next decision can be typed straight away.
 */
export function DecisionList({ itemId, itemTitle, decisions }: { itemId: string; itemTitle: string; decisions: Decision[] }) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const [draft, setDraft] = useState('');

  const add = async () => {
    const text = draft.trim();
    if (!text) return;
    setDraft(''); // at once: the facilitator keeps typing while it saves
    const ok = await edit('decisions.add', { agendaItemId: itemId, text });
    if (!ok) setDraft((d) => d || text);
  };

  return (
    <div className="decisions">
      <h4>{t('meetings.agenda.decisions')}</h4>
      {decisions.length > 0 && (
        <ol className="decision-list" aria-label={t('meetings.agenda.decisionsOf', { title: itemTitle })}>
          {decisions.map((d, i) => (
            <li key={d.id}>
              <CommitInput value={d.text} required wrap label={t('meetings.agenda.decisionN', { n: i + 1 })}
                onCommit={(text) => edit('decisions.update', { id: d.id, text })} />
              <button type="button" className="link danger facilitator-only" aria-label={t('meetings.agenda.deleteDecisionN', { n: i + 1 })}
                title={t('common.delete')} onClick={() => void edit('decisions.delete', { id: d.id })}>×</button>
            </li>
          ))}
        </ol>
      )}
      <input className="inline-field new-decision" value={draft} maxLength={2000}
        aria-label={t('meetings.agenda.newDecision')} placeholder={t('meetings.agenda.newDecisionHint')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
        onBlur={() => void add()} />
    </div>
  );
}
