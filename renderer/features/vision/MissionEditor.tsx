import { useRef } from 'react';
import { useT } from '../../i18n';

interface Props {
  missions: string[];
  onChange: (missions: string[]) => void;
}

/** The numbered missions of a draft: Enter in one adds the next below it; reorder and remove. */
export function MissionEditor({ missions, onChange }: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const focusAt = (i: number) => requestAnimationFrame(() => list.current?.querySelectorAll('input')[i]?.focus());
  const set = (i: number, text: string) => onChange(missions.map((m, k) => (k === i ? text : m)));
  const insert = (at: number) => {
    onChange([...missions.slice(0, at), '', ...missions.slice(at)]);
    focusAt(at);
  };
  const move = (i: number, to: number) => {
    const next = [...missions];
    const [m] = next.splice(i, 1);
    next.splice(to, 0, m!);
    onChange(next);
  };

  return (
    <fieldset className="missions">
      <legend>{t('meetings.vision.missions')}</legend>
      <ol ref={list}>
        {missions.map((m, i) => (
          <li key={i}>
            <input value={m} maxLength={1000} aria-label={t('meetings.vision.missionN', { n: i + 1 })}
              onChange={(e) => set(i, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  insert(i + 1);
                }
              }} />
            <button type="button" className="link" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('meetings.vision.missionUp', { n: i + 1 })}>▲</button>
            <button type="button" className="link" disabled={i === missions.length - 1} onClick={() => move(i, i + 1)} aria-label={t('meetings.vision.missionDown', { n: i + 1 })}>▼</button>
            <button type="button" className="link danger" onClick={() => onChange(missions.filter((_, k) => k !== i))} aria-label={t('meetings.vision.missionRemove', { n: i + 1 })}>×</button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={missions.length >= 20} onClick={() => insert(missions.length)}>{t('meetings.vision.addMission')}</button>
    </fieldset>
  );
}
