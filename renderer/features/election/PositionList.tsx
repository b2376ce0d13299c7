import type { ElectionState } from '../../../shared/domain/election';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { PositionCard, type CardContext } from './PositionCard';
import { useElection } from './electionStore';

/** The positions in their order; each waits until the one before it is confirmed. */
export function PositionList({ election, record }: { election: ElectionState; record: MeetingRecord }) {
  const memberIds = useElection((s) => s.memberIds);
  const present = record.attendees.filter((a) => a.present);
  // Who already holds a confirmed seat: not offered as a candidate again (one seat per person).
  const elected = new Set(election.positions.filter((p) => p.status === 'confirmed').flatMap((p) =>
    p.outcome.winners.map((w) => p.candidates.find((c) => c.id === w)?.attendeeId).filter((id): id is string => !!id)));
  const context: CardContext = {
    present,
    elected,
    // The members present are the voters; the back end counts them the same way.
    voters: present.filter((a) => a.stakeholderId !== null && memberIds.has(a.stakeholderId)),
    votersCount: election.quorum.present,
    quorumMet: election.quorum.met,
  };
  return (
    <div className="positions">
      {election.positions.map((p, i) => {
        const before = election.positions.slice(0, i).find((x) => x.status !== 'confirmed');
        // Results are reopened from the last one back, as the back end requires.
        const reopenable = !election.positions.slice(i + 1).some((x) => x.status === 'confirmed');
        return <PositionCard key={p.id} position={p} number={i + 1} waitingFor={before?.title ?? null} reopenable={reopenable} context={context} />;
      })}
    </div>
  );
}
