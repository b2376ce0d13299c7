import { useRef } from 'react';
import { call } from '../../api';
import { useLanguage, useT } from '../../i18n';
import { meetingDate, meetingTime } from '../meetings/meetingFormat';
import { useFitText } from './useFitText';
import { useLiveRead } from './useLiveRead';

/** The meeting's agenda on the wall: when and where, then the items in order. */
export function PresentAgenda({ projectId, meetingId }: { projectId: string; meetingId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const record = useLiveRead(projectId, () => call('meetings.get', { projectId, id: meetingId }), meetingId);
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, 24, 72, [record?.agenda, record?.startTime, record?.endTime]);
  if (!record) return <p className="present-note">{t('presentation.loading')}</p>;
  // Items carry no times of their own: the meeting's start and end frame them.
  const when = [meetingDate(record.date, lang), meetingTime(record, (start) => t('meetings.timeOpenEnd', { start })), record.place].filter(Boolean);

  return (
    <section className="present-agenda" aria-labelledby="present-agenda-title">
      <h1 id="present-agenda-title" className="present-title">{record.title}</h1>
      {when.length > 0 && <p className="present-when" data-testid="present-when">{when.join(' · ')}</p>}
      <div ref={box} className="present-fit present-text">
        <h2 className="present-label">{t('presentation.agenda.heading')}</h2>
        {record.agenda.length === 0 ? <p>{t('presentation.agenda.empty')}</p> : (
          <ol className="present-items">{record.agenda.map((item) => <li key={item.id}>{item.title}</li>)}</ol>
        )}
      </div>
    </section>
  );
}
