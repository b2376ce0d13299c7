import { memo } from 'react';
import type { Attendee } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { useMeetings } from './meetingsStore';

interface Props {
  attendee: Attendee;
  number: number;
  /** Checked in from a phone in the open self check-in. */
  byPhone: boolean;
  onRegister: (a: Attendee) => void;
}

/**
 * One line of the attendance list. Memoised: with 300 people, ticking one box re-renders one row
 * (the store keeps unchanged rows as the same objects across reloads).
 */
export const AttendeeRow = memo(function AttendeeRow({ attendee: a, number, byPhone, onRegister }: Props) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const setPresent = useMeetings((s) => s.setPresent);
  return (
    <tr className={a.present ? 'present' : undefined}>
      <td className="num">{number}</td>
      <td className="present-cell">
        <label className="present-box">
          <input type="checkbox" checked={a.present} aria-label={t('meetings.attendance.presentOf', { name: a.name })}
            onChange={(e) => void setPresent(a.id, e.target.checked)} />
          <span aria-hidden="true" className="present-label">{t('meetings.attendance.present')}</span>
        </label>
      </td>
      <td>
        <span className="attendee-name">{a.name}</span>
        {a.walkIn && <span className="badge walk-in">{t('meetings.attendance.walkInBadge')}</span>}
        {byPhone && <span className="badge by-phone">{t('participation.byPhone')}</span>}
        {a.organisation && <span className="attendee-org">{a.organisation}</span>}
        {/* A walk-in not yet in the registry: a real button under the name, seen at a glance. */}
        {a.walkIn && !a.stakeholderId && (
          <button type="button" className="register-walk-in facilitator-only" onClick={() => onRegister(a)} aria-label={t('meetings.attendance.registerOf', { name: a.name })}>
            {t('meetings.attendance.register')}
          </button>
        )}
      </td>
      <td>{a.role}</td>
      <td className="wall-hidden">{a.village}</td>
      <td className="facilitator-only nowrap" title={a.phone || undefined}>{a.phone}</td>
      <td className="facilitator-only row-actions">
        <button type="button" className="link danger" onClick={() => void edit('attendees.remove', { id: a.id })}
          aria-label={t('meetings.attendance.removeOf', { name: a.name })}>
          {t('meetings.attendance.remove')}
        </button>
      </td>
    </tr>
  );
});
