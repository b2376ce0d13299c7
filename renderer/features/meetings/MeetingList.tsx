import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { meetingDate, meetingTime } from './meetingFormat';
import { useMeetings, type MeetingSummary } from './meetingsStore';
import { Translation } from '../../components/Translation';

/** The meetings of the project, earliest first (undated ones last, as the back end sorts them). */
export function MeetingList() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const list = useMeetings((s) => s.list);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const { open, edit } = useMeetings.getState();
  if (!list) return <p>{t('common.loading')}</p>;
  if (list.length === 0) return <p className="empty">{t('meetings.empty')}</p>;

  return (
    <>
      <ul className="meeting-list" aria-label={t('meetings.title')}>
        {list.map((m) => (
          <li key={m.id} className="meeting-item">
            <span className="meeting-kind">{t(`meetings.kinds.${m.kind}`)}</span>
            <button type="button" className="link meeting-open" onClick={() => open(m.id)}>{m.title}</button>
            <Translation text={m.title} />
            <span className="meta">
              {[meetingDate(m.date, lang) || t('meetings.noDate'), meetingTime(m, (start) => t('meetings.timeOpenEnd', { start })), m.place].filter(Boolean).join(' · ')}
            </span>
            <span className="meeting-counts">{t('meetings.counts', { present: m.presentCount, invited: m.invitedCount })}</span>
            <button type="button" className="link danger facilitator-only" aria-label={t('meetings.deleteOf', { title: m.title })}
              onClick={() => setDeleting(m)}>{t('common.delete')}</button>
          </li>
        ))}
      </ul>
      {deleting && (
        <Dialog title={t('meetings.deleteTitle')} onClose={() => setDeleting(null)}
          footer={<>
            <button type="button" autoFocus onClick={() => setDeleting(null)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={async () => {
              const m = deleting;
              setDeleting(null);
              if (await edit('meetings.delete', { id: m.id })) useUi.getState().notify('meetings.deleted', { title: m.title });
            }}>{t('common.delete')}</button>
          </>}>
          <p>{t('meetings.deleteBody', { title: deleting.title })}</p>
        </Dialog>
      )}
    </>
  );
}
