import { useEffect, useState } from 'react';
import type { Round } from '../../../shared/domain/workshop';

/**
 * Seconds left in a round. A running round counts down to the server's endsAt, so a reload or a
 * second page (the projector) shows the same time; a paused one shows what the server kept.
 */
export function useCountdown(round: Round | null): number | null {
  const left = () => {
    if (!round) return null;
    if (round.status !== 'running' || !round.endsAt) return round.status === 'done' ? 0 : round.remainingSeconds;
    return Math.max(0, Math.ceil((Date.parse(round.endsAt) - Date.now()) / 1000));
  };
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (round?.status !== 'running') return;
    const timer = setInterval(() => setSeconds(left()), 250);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the round object changes whenever its state does
  }, [round]);
  return seconds;
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
