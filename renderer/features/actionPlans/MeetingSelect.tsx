import { useLanguage, useT } from '../../i18n';
import { meetingLabel } from '../meetings/meetingFormat';
import type { MeetingSummary } from './actionPlansStore';

/** The meeting a record was made in (any kind: an evaluation is often a general or small-group meeting). */
export function MeetingSelect({ id, value, meetings, onChange }: { id: string; value: string | null; meetings: MeetingSummary[]; onChange: (id: string | null) => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="field">
      <label htmlFor={id}>{t('actionPlans.pdca.meeting')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('actionPlans.pdca.noMeeting')}</option>
        {meetings.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
      </select>
    </div>
  );
}
