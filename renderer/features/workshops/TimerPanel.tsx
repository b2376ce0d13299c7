import { useState } from 'react';
import type { Round } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { TimerDisplay } from './TimerDisplay';
import { useWorkshops } from './workshopsStore';

/** The facilitator's timer: start a round (minutes, default 10), pause, resume, extend, finish. */
export function TimerPanel({ workshopId, round }: { workshopId: string; round: Round | null }) {
  const t = useT();
  const [minutes, setMinutes] = useState(10);
  const edit = useWorkshops((s) => s.edit);
  const live = round && round.status !== 'done' ? round : null;
  return (
    <section className="ws-timer" aria-label={t('workshops.timer.label')}>
      <TimerDisplay round={live} />
      <div className="toolbar">
        {!live && (
          <>
            <label className="inline-label">
              {t('workshops.timer.minutes')}
              <input type="number" min={1} max={240} value={minutes} className="ws-minutes"
                onChange={(e) => setMinutes(Math.max(1, Math.min(240, Math.round(Number(e.target.value) || 1))))} />
            </label>
            <button type="button" className="primary" onClick={() => void edit('rounds.start', { workshopId, durationSeconds: minutes * 60 })}>
              {t('workshops.timer.start')}
            </button>
          </>
        )}
        {live?.status === 'running' && <button type="button" onClick={() => void edit('rounds.pause', { id: live.id })}>{t('workshops.timer.pause')}</button>}
        {live?.status === 'paused' && <button type="button" onClick={() => void edit('rounds.resume', { id: live.id })}>{t('workshops.timer.resume')}</button>}
        {live && [1, 5].map((m) => (
          <button key={m} type="button" onClick={() => void edit('rounds.extend', { id: live.id, minutes: m })}>{t('workshops.timer.extend', { minutes: m })}</button>
        ))}
        {live && <button type="button" onClick={() => void edit('rounds.finish', { id: live.id })}>{t('workshops.timer.finish')}</button>}
      </div>
    </section>
  );
}
