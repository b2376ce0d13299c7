import { useEffect } from 'react';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { BoardSection } from './BoardSection';
import { CommitteeSection } from './CommitteeSection';
import { ElectsSelect } from './ElectsSelect';
import { OrganisationHeader } from './OrganisationHeader';
import { PositionList } from './PositionList';
import { QuorumPanel } from './QuorumPanel';
import { WitnessesPanel } from '../signing/WitnessesPanel';
import { useElection } from './electionStore';
import './election.css';

/**
 * "Pemilihan pengurus" (FGD-2, ANNEX-2 step 6, or a general meeting, Step 4): what the meeting
 * elects, the organisation, the quorum, each position in order (chair first), then the board and
 * its announcement, or the committee's chair and main members.
 */
export function ElectionTab({ record }: { record: MeetingRecord }) {
  const t = useT();
  const revision = useProjects((s) => s.revision);
  const election = useElection((s) => s.election);
  const organisation = useElection((s) => s.organisation);
  const present = record.attendees.filter((a) => a.present).length;
  // Read again when the tab shows, after undo/redo, and when attendance changed (the quorum).
  useEffect(() => {
    void useElection.getState().load(record.id);
  }, [record.id, revision, present]);
  if (!election || !organisation || election.meetingId !== record.id) return <p>{t('common.loading')}</p>;
  const { positions } = election;
  const allConfirmed = positions.length > 0 && positions.every((p) => p.status === 'confirmed');
  const committee = election.elects === 'committee';

  return (
    <div className="election">
      <ElectsSelect election={election} />
      {!committee && <OrganisationHeader organisation={organisation} />}
      <QuorumPanel meetingId={record.id} quorum={election.quorum} />
      <WitnessesPanel record={record} />
      {positions.length === 0 ? (
        <section className="election-setup facilitator-only">
          <p className="hint">{t(committee ? 'organisation.elects.committeeSetupHint' : 'organisation.setup.hint')}</p>
          <button type="button" className="primary"
            onClick={() => void useElection.getState().edit('election.setup', { meetingId: record.id })}>
            {t(committee ? 'organisation.elects.committeeSetupButton' : 'organisation.setup.button')}
          </button>
        </section>
      ) : (
        <PositionList election={election} record={record} />
      )}
      {allConfirmed && (committee ? <CommitteeSection record={record} election={election} /> : <BoardSection record={record} organisation={organisation} />)}
    </div>
  );
}
