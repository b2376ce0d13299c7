import { useId } from 'react';
import { TIME_ZONES, meetingFields, type MeetingFields, type MeetingRecord } from '../../../shared/domain/meeting';
import { TextField } from '../../components/TextField';
import { useT, type TKey } from '../../i18n';
import { CommitInput } from './CommitInput';
import { useMeetings } from './meetingsStore';

type TextKey = Exclude<keyof MeetingFields, 'kind' | 'timeZone'>;
const layout: { name: TextKey | 'timeZone'; label: TKey; type?: 'date' | 'time'; multiline?: boolean }[] = [
  { name: 'title', label: 'meetings.detail.title' },
  { name: 'date', label: 'meetings.detail.date', type: 'date' },
  { name: 'startTime', label: 'meetings.detail.startTime', type: 'time' },
  { name: 'endTime', label: 'meetings.detail.endTime', type: 'time' },
  { name: 'timeZone', label: 'meetings.detail.timeZone' },
  { name: 'place', label: 'meetings.detail.place' },
  { name: 'chairName', label: 'meetings.detail.chairName' },
  { name: 'chairRole', label: 'meetings.detail.chairRole' },
  { name: 'minuteTakerName', label: 'meetings.detail.minuteTakerName' },
  { name: 'minuteTakerRole', label: 'meetings.detail.minuteTakerRole' },
  { name: 'closingTime', label: 'meetings.detail.closingTime', type: 'time' },
  { name: 'nextMeetingDate', label: 'meetings.detail.nextMeetingDate', type: 'date' },
  { name: 'nextMeetingAgenda', label: 'meetings.detail.nextMeetingAgenda', multiline: true },
];

/** A labelled time field in the form grid (TextField has no time type). */
function TimeField({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => unknown }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <CommitInput id={id} type="time" value={value} label={label} onCommit={onCommit} className="boxed" />
    </div>
  );
}

/** "Detail": what the header of the minutes says. Each field is saved on leaving it (one undo step). */
export function MeetingDetails({ record }: { record: MeetingRecord }) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const save = (patch: Partial<MeetingFields>) => edit('meetings.update', { id: record.id, ...patch }).then((out) => out !== null);
  const validate = (name: TextKey) => (value: string) => {
    if (name === 'title' && !value.trim()) return t('errors.fieldRequired', { field: t('meetings.detail.title') });
    return meetingFields.shape[name].safeParse(value).success ? null : t('meetings.detail.invalid');
  };

  return (
    <div className="form grid meeting-details">
      {layout.map((f) => f.name === 'timeZone' ? (
        <div className="field" key={f.name}>
          <label htmlFor="meeting-tz">{t(f.label)}</label>
          <select id="meeting-tz" value={record.timeZone} onChange={(e) => void save({ timeZone: e.target.value as MeetingFields['timeZone'] })}>
            {TIME_ZONES.map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </div>
      ) : f.type === 'time' ? (
        <TimeField key={f.name} label={t(f.label)} value={record[f.name]} onCommit={(v) => save({ [f.name]: v })} />
      ) : (
        <TextField key={f.name} name={f.name} label={t(f.label)} type={f.type} multiline={f.multiline}
          className={f.multiline ? 'wide' : ''} value={record[f.name]} validate={validate(f.name)}
          onCommit={(v) => save({ [f.name]: f.type === 'date' ? v : v.trim() })} />
      ))}
    </div>
  );
}
