import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Attendee, MeetingRecord } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { AttendeeRow } from './AttendeeRow';
import { InviteDialog } from './InviteDialog';
import { RegisterDialog } from './RegisterDialog';
import { WalkInDialog } from './WalkInDialog';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

/** "Kehadiran": who was invited, who came (big tick boxes), walk-ins and their registration. */
export function AttendanceTab({ record }: { record: MeetingRecord }) {
  const t = useT();
  const [dialog, setDialog] = useState<'invite' | 'walk-in' | null>(null);
  const [registering, setRegistering] = useState<Attendee | null>(null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const people = record.attendees;
  const shown = useMemo(() => {
    const words = fold(deferred).split(/\s+/).filter(Boolean);
    if (words.length === 0) return people;
    return people.filter((a) => {
      const hay = fold(`${a.name} ${a.organisation} ${a.role} ${a.village}`);
      return words.every((w) => hay.includes(w));
    });
  }, [people, deferred]);
  const numberOf = useMemo(() => new Map(people.map((a, i) => [a.id, i + 1])), [people]);
  const invited = people.filter((a) => a.invited);
  const counts = {
    present: invited.filter((a) => a.present).length,
    invited: invited.length,
    walkIns: people.filter((a) => !a.invited && a.present).length,
  };
  const onRegister = useCallback((a: Attendee) => setRegistering(a), []);

  return (
    <div className="attendance">
      <strong className="attendance-count" role="status">
        {t(counts.walkIns ? 'meetings.attendance.countWithWalkIns' : 'meetings.attendance.count', counts)}
      </strong>
      <div className="toolbar">
        {people.length > 0 && (
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)}
            aria-label={t('meetings.attendance.search')} placeholder={t('meetings.attendance.search')} />
        )}
        {deferred && <span className="hint">{t('meetings.attendance.shown', { shown: shown.length, total: people.length })}</span>}
        <span className="push-left" />
        <button type="button" className="primary facilitator-only" onClick={() => setDialog('invite')}>{t('meetings.attendance.invite')}</button>
        <button type="button" className="facilitator-only" onClick={() => setDialog('walk-in')}>{t('meetings.attendance.addWalkIn')}</button>
      </div>
      {people.length === 0 ? (
        <p className="empty">{t('meetings.attendance.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data attendance-table">
              <thead>
                <tr>
                  <th className="num">{t('meetings.attendance.no')}</th>
                  <th>{t('meetings.attendance.present')}</th>
                  <th>{t('meetings.attendance.nameOrganisation')}</th>
                  <th>{t('meetings.attendance.role')}</th>
                  <th className="wall-hidden">{t('meetings.attendance.village')}</th>
                  <th className="facilitator-only">{t('meetings.attendance.phone')}</th>
                  <th className="facilitator-only"><span className="sr-only">{t('meetings.attendance.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => <AttendeeRow key={a.id} attendee={a} number={numberOf.get(a.id) ?? 0} onRegister={onRegister} />)}
              </tbody>
            </table>
          </div>
        </>
      )}
      {dialog === 'invite' && <InviteDialog record={record} onClose={() => setDialog(null)} />}
      {dialog === 'walk-in' && <WalkInDialog meetingId={record.id} onClose={() => setDialog(null)} />}
      {registering && <RegisterDialog attendee={registering} onClose={() => setRegistering(null)} />}
    </div>
  );
}
