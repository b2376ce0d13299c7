import type { ReactNode } from 'react';
import type { JoinMode } from '../../../shared/participation/facilitator';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { LivePanel } from './LivePanel';
import { sessionOf, useParticipationStatus, type ParticipationTarget } from './participationStore';
import { StartForm } from './StartForm';

const MODES: Record<ParticipationTarget['kind'], readonly JoinMode[]> = {
  workshop: ['pick', 'pick_or_type', 'anonymous'],
  // A check-in is by name: nobody signs an attendance list anonymously.
  meeting: ['pick', 'pick_or_type'],
  // Names come from the meeting's list or are typed; anonymous answers are still one set per phone.
  questionnaire: ['pick_or_type', 'anonymous'],
};
export const OPEN_LABEL = { workshop: 'participation.openWorkshop', meeting: 'participation.openMeeting', questionnaire: 'participation.openQuestionnaire' } as const;

interface Props {
  projectId: string;
  target: ParticipationTarget;
  defaultJoinMode: JoinMode;
  extra?: ReactNode;
  onClose: () => void;
}

/** "Buka untuk peserta" / "Daftar hadir mandiri": the settings first, then the open session. */
export function ParticipationDialog({ projectId, target, defaultJoinMode, extra, onClose }: Props) {
  const t = useT();
  const status = useParticipationStatus(projectId);
  const session = sessionOf(status, target);
  return (
    <Dialog title={t(OPEN_LABEL[target.kind])} onClose={onClose} wide testId="participation-dialog">
      {status === null ? <p>{t('common.loading')}</p>
        : session ? <LivePanel projectId={projectId} session={session} extra={extra} onClose={onClose} />
          : <StartForm projectId={projectId} target={target} joinModes={MODES[target.kind]} defaultJoinMode={defaultJoinMode}
            replacesOther={status.open} onCancel={onClose} />}
    </Dialog>
  );
}
