import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { JoinMode } from '../../../shared/participation/facilitator';
import { useT } from '../../i18n';
import { OPEN_LABEL, ParticipationDialog } from './ParticipationDialog';
import { sessionOf, useParticipationStatus, type ParticipationTarget } from './participationStore';
import './participation.css';

interface Props {
  projectId: string;
  target: ParticipationTarget;
  defaultJoinMode: JoinMode;
  /** More buttons for the open session's footer. */
  extra?: ReactNode;
  /** The button's text (translated) while no session is open, when not the kind's usual one. */
  label?: string;
}

/** Opens the participant session of a workshop or meeting; while open it says how many joined. */
export function ParticipationButton({ projectId, target, defaultJoinMode, extra, label }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const session = sessionOf(useParticipationStatus(projectId), target);
  return (
    <>
      {/* Stays in projector mode: that is where the room needs the QR code of a meeting's check-in. */}
      <button type="button" className={session ? 'primary' : undefined} onClick={() => setOpen(true)}>
        {session ? t('participation.sessionButton', { joined: session.joined, expected: session.expected })
          : (label ?? t(OPEN_LABEL[target.kind]))}
      </button>
      {/* Outside the toolbar the button sits in, so the toolbar's styles do not reach the form. */}
      {open && createPortal(
        <ParticipationDialog projectId={projectId} target={target} defaultJoinMode={defaultJoinMode} extra={extra} onClose={() => setOpen(false)} />,
        document.body,
      )}
    </>
  );
}
