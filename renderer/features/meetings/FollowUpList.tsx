import { useState, type KeyboardEvent } from 'react';
import type { FollowUp } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { CommitInput } from './CommitInput';
import { useMeetings } from './meetingsStore';
import { DateField } from '../../components/DateField';

interface Props {
  meetingId: string;
  /** null: the follow-ups whose agenda item was deleted. */
  itemId: string | null;
  followUps: FollowUp[];
}

/** Follow-up actions (tindak lanjut): what, who, by when. Enter in any field of the new row adds it. */
export function FollowUpList({ meetingId, itemId, followUps }: Props) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const [draft, setDraft] = useState({ what: '', who: '', due: '' });

  const add = async () => {
    if (!draft.what.trim()) return;
    const ok = await edit('followUps.add', { meetingId, agendaItemId: itemId, what: draft.what.trim(), who: draft.who.trim(), due: draft.due });
    if (ok) setDraft({ what: '', who: '', due: '' });
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <div className="follow-ups">
      <h4>{t('meetings.agenda.followUps')}</h4>
      <table className="follow-up-table">
        <thead>
          <tr><th>{t('meetings.agenda.what')}</th><th>{t('meetings.agenda.who')}</th><th>{t('meetings.agenda.due')}</th><th className="facilitator-only"><span className="sr-only">{t('common.delete')}</span></th></tr>
        </thead>
        <tbody>
          {followUps.map((f, i) => (
            <tr key={f.id}>
              <td><CommitInput value={f.what} required wrap label={t('meetings.agenda.whatN', { n: i + 1 })} onCommit={(what) => edit('followUps.update', { id: f.id, what })} /></td>
              <td><CommitInput value={f.who} wrap label={t('meetings.agenda.whoN', { n: i + 1 })} onCommit={(who) => edit('followUps.update', { id: f.id, who })} /></td>
              <td><CommitInput type="date" value={f.due} label={t('meetings.agenda.dueN', { n: i + 1 })} onCommit={(due) => edit('followUps.update', { id: f.id, due })} /></td>
              <td className="facilitator-only">
                <button type="button" className="link danger" aria-label={t('meetings.agenda.deleteFollowUpN', { n: i + 1 })} title={t('common.delete')}
                  onClick={() => void edit('followUps.delete', { id: f.id })}>×</button>
              </td>
            </tr>
          ))}
          <tr className="new-row">
            <td><input className="inline-field" value={draft.what} maxLength={1000} aria-label={t('meetings.agenda.newWhat')} placeholder={t('meetings.agenda.newWhat')}
              onChange={(e) => setDraft({ ...draft, what: e.target.value })} onKeyDown={onEnter} /></td>
            <td><input className="inline-field" value={draft.who} maxLength={200} aria-label={t('meetings.agenda.newWho')} placeholder={t('meetings.agenda.who')}
              onChange={(e) => setDraft({ ...draft, who: e.target.value })} onKeyDown={onEnter} /></td>
            <td><DateField live inputClassName="inline-field" value={draft.due} label={t('meetings.agenda.newDue')}
              onCommit={(due) => setDraft((d) => ({ ...d, due }))} onKeyDown={onEnter} /></td>
            <td className="facilitator-only">
              <button type="button" onClick={() => void add()} disabled={!draft.what.trim()}>{t('meetings.agenda.addFollowUp')}</button>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
