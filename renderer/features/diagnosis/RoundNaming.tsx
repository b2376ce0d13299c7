import type { ReactNode } from 'react';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n';
import type { MeetingSummary } from './diagnosisStore';
import { MeetingSelect } from '../meetings/MeetingSelect';

interface Props {
  id: string;
  title: string;
  onTitle: (v: string) => void;
  meetingId: string | null;
  onMeeting: (id: string | null) => void;
  date: string;
  onDate: (v: string) => void;
  meetings: MeetingSummary[];
  /** Fields between the title and the meeting (the respondent of a round answered on the laptop). */
  children?: ReactNode;
}

/** A new round's or sitting's title, meeting and date. */
export function RoundNaming({ id, title, onTitle, meetingId, onMeeting, date, onDate, meetings, children }: Props) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('diagnosis.fields.title')}</label>
        <input id={`${id}-title`} required maxLength={200} value={title} onChange={(e) => onTitle(e.target.value)} />
      </div>
      {children}
      <MeetingSelect label={t('diagnosis.fields.meeting')} noneLabel={t('diagnosis.fields.noMeeting')} id={`${id}-meeting`} value={meetingId} meetings={meetings} onChange={onMeeting} />
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('diagnosis.fields.date')}</label>
        <DateField id={`${id}-date`} value={date} live onCommit={onDate} />
      </div>
    </>
  );
}
