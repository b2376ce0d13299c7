import { useLanguage, useT } from '../../i18n';
import { meetingLabel } from '../meetings/meetingFormat';
import type { MeetingSummary } from './diagnosisStore';

/** The meeting ("rapat") a round was answered in, of any kind; none when a person answered alone. */
export function MeetingPicker({ id, value, meetings, onChange }: { id: string; value: string | null; meetings: MeetingSummary[]; onChange: (id: string | null) => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="field">
      <label htmlFor={id}>{t('diagnosis.fields.meeting')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('diagnosis.fields.noMeeting')}</option>
        {meetings.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
      </select>
    </div>
  );
}
