import { useMemo } from 'react';
import type { FollowUp, MeetingRecord } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { AgendaCard } from './AgendaCard';
import { FollowUpList } from './FollowUpList';
import { useNewRow } from '../../lib/useNewRow';
import { useMeetings } from './meetingsStore';

const none: FollowUp[] = [];

/** "Agenda & notulen": the minutes typed live, one card per agenda item. */
export function AgendaTab({ record }: { record: MeetingRecord }) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const { fields: { title }, set, send } = useNewRow({ title: '' });
  // Grouped once per reload; the same arrays come back when nothing changed, so cards stay memoised.
  const byItem = useMemo(() => {
    const map = new Map<string | null, FollowUp[]>();
    for (const f of record.followUps) map.set(f.agendaItemId, [...(map.get(f.agendaItemId) ?? []), f]);
    return map;
  }, [record.followUps]);
  const orphans = byItem.get(null) ?? none;

  const add = async () => {
    if (!title.trim()) return;
    await send((sent) => edit('agenda.add', { meetingId: record.id, title: sent.title.trim() }));
  };

  return (
    <div className="agenda">
      <p className="hint facilitator-only">{t('meetings.agenda.hint')}</p>
      {record.agenda.map((item, i) => (
        <AgendaCard key={item.id} item={item} index={i} count={record.agenda.length} followUps={byItem.get(item.id) ?? none} />
      ))}
      {orphans.length > 0 && (
        <section className="agenda-card" aria-label={t('meetings.agenda.otherFollowUps')}>
          <h3>{t('meetings.agenda.otherFollowUps')}</h3>
          <FollowUpList meetingId={record.id} itemId={null} followUps={orphans} />
        </section>
      )}
      <form className="toolbar add-agenda facilitator-only" onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}>
        <input value={title} maxLength={300} aria-label={t('meetings.agenda.newItem')} placeholder={t('meetings.agenda.newItem')}
          onChange={(e) => set('title', e.target.value)} />
        <button type="submit" disabled={!title.trim()}>{t('meetings.agenda.addItem')}</button>
      </form>
    </div>
  );
}
