import { useState } from 'react';
import { useT } from '../../i18n';
import { JoinCard } from './JoinCard';
import { sessionOf, useParticipationStatus, type ParticipationTarget } from './participationStore';
import './participation.css';

const sizeKey = (id: string) => `klaster.participation.${id}.wall`;

/**
 * On the projector while a session is open: the QR code, address and code as large as the hall
 * needs; once most have joined the facilitator shrinks it to one line to give the wall room.
 */
export function WallJoin({ projectId, target }: { projectId: string; target: ParticipationTarget }) {
  const t = useT();
  const session = sessionOf(useParticipationStatus(projectId), target);
  const [small, setSmall] = useState(() => localStorage.getItem(sizeKey(target.id)) === 'strip');
  if (!session) return null;
  const toggle = () => {
    localStorage.setItem(sizeKey(target.id), small ? 'wall' : 'strip');
    setSmall(!small);
  };
  return (
    <section className="wall-join" aria-label={t('participation.wallTitle')}>
      <JoinCard url={session.url ?? ''} code={session.code ?? ''} qrSvg={session.qrSvg ?? ''} joined={session.joined} expected={session.expected}
        size={small ? 'strip' : 'wall'} />
      <button type="button" className="wall-join-toggle" onClick={toggle}>{t(small ? 'participation.wallLarger' : 'participation.wallSmaller')}</button>
    </section>
  );
}
