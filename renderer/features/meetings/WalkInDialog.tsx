import { useState } from 'react';
import { attendeeFields } from '../../../shared/domain/meeting';
import { Dialog } from '../../components/Dialog';
import { useT, type TKey } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useMeetings } from './meetingsStore';

const fields = [
  { name: 'name', label: 'meetings.attendance.name' },
  { name: 'organisation', label: 'meetings.attendance.organisation' },
  { name: 'role', label: 'meetings.attendance.role' },
  { name: 'village', label: 'meetings.attendance.village' },
  { name: 'phone', label: 'meetings.attendance.phone' },
] as const satisfies readonly { name: keyof typeof attendeeFields.shape; label: TKey }[];
type Person = Record<(typeof fields)[number]['name'], string>;
const empty: Person = { name: '', organisation: '', role: '', village: '', phone: '' };

/** "Tambah peserta tak terundang": someone who came without an invitation; marked present. */
export function WalkInDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const [person, setPerson] = useState<Person>(empty);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const parsed = attendeeFields.safeParse(person);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const label = fields.find((f) => f.name === issue.path[0])?.label ?? 'meetings.attendance.name';
      return setError(issue.path[0] === 'name' ? t('errors.fieldRequired', { field: t(label) }) : `${t(label)}: ${issue.message}`);
    }
    const out = await edit('attendees.add', { meetingId, walkIn: true, ...parsed.data });
    if (!out) return;
    useUi.getState().notify('meetings.attendance.walkInAdded', { name: out.name });
    onClose();
  };

  return (
    <Dialog title={t('meetings.attendance.walkInTitle')} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="walk-in-form" className="primary">{t('meetings.attendance.addWalkInConfirm')}</button>
      </>}>
      <form id="walk-in-form" className="form" onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}>
        {fields.map((f, i) => (
          <div className="field" key={f.name}>
            <label htmlFor={`walk-in-${f.name}`}>{t(f.label)}{f.name === 'name' ? ' *' : ''}</label>
            <input id={`walk-in-${f.name}`} autoFocus={i === 0} value={person[f.name]} inputMode={f.name === 'phone' ? 'tel' : undefined}
              aria-invalid={error && i === 0 ? true : undefined}
              onChange={(e) => setPerson({ ...person, [f.name]: e.target.value })} />
          </div>
        ))}
        {error && <p className="field-error" role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}
