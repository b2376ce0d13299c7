import type { MethodOutput } from '../../../shared/contract';
import { useLanguage } from '../../i18n';
import { meetingLabel } from './meetingFormat';

export type MeetingSummary = MethodOutput<'meetings.list'>[number];

interface Props {
  id: string;
  label: string;
  /** The first option, for no meeting. */
  noneLabel: string;
  value: string | null;
  meetings: MeetingSummary[];
  onChange: (id: string | null) => void;
}

/** The meeting ("rapat") something was done in, of any kind, or none. */
export function MeetingSelect({ id, label, noneLabel, value, meetings, onChange }: Props) {
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{noneLabel}</option>
        {meetings.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
      </select>
    </div>
  );
}
