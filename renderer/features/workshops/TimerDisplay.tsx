import type { Round } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { clock, useCountdown } from './useCountdown';

/** The countdown as big digits; "Waktu habis" at zero. Shared by the facilitator and the projector. */
export function TimerDisplay({ round, className }: { round: Round | null; className?: string }) {
  const t = useT();
  const seconds = useCountdown(round);
  if (!round || seconds === null) return null;
  const over = seconds === 0;
  return (
    <div className={`ws-timer-display ${over ? 'over' : ''} ${className ?? ''}`} role="timer" aria-label={t('workshops.timer.label')}>
      <span className="ws-timer-digits">{over ? t('workshops.timer.overtime') : clock(seconds)}</span>
      {round.status !== 'running' && !over && <span className="ws-timer-status">{t(`workshops.timer.statuses.${round.status}`)}</span>}
    </div>
  );
}
