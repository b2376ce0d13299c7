import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Attendee, MeetingRecord } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { ParticipationButton } from '../participation/ParticipationButton';
import { sessionOf, useParticipationStatus } from '../participation/participationStore';
import { AttendeeRow } from './AttendeeRow';
import { InviteDialog } from './InviteDialog';
import { useMeetings } from './meetingsStore';
import { RegisterDialog } from './RegisterDialog';
import { WalkInDialog } from './WalkInDialog';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

/**
 * "Kehadiran": who was invited, who came (big tick boxes), walk-ins and their registration, and
 * the self check-in by phone, whose arrivals appear here as they come.
 */
export function AttendanceTab({ record }: { record: MeetingRecord }) {
  const t = useT();
  const projectId = useMeetings((s) => s.projectId);
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
  const unregistered = people.filter((a) => a.walkIn && !a.stakeholderId).length;
  // Who checked in from a phone in the open session (known while it is open).
  const session = sessionOf(useParticipationStatus(projectId), { kind: 'meeting', id: record.id });
  const byPhone = useMemo(() => new Set(session?.devices.map((d) => d.participantId) ?? []), [session?.devices]);

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
        {projectId && <ParticipationButton projectId={projectId} target={{ kind: 'meeting', id: record.id }} defaultJoinMode="pick_or_type" />}
      </div>
      {unregistered > 0 && <p className="register-note facilitator-only" role="note">{t('meetings.attendance.unregistered', { count: unregistered })}</p>}
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
                {shown.map((a) => <AttendeeRow key={a.id} attendee={a} number={numberOf.get(a.id) ?? 0} byPhone={byPhone.has(a.id)} onRegister={onRegister} />)}
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
