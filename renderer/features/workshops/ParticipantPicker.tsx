import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { filterStakeholders, type StakeholderFilter } from '../stakeholders/filterStakeholders';
import { StakeholderFilterBar } from '../stakeholders/StakeholderFilterBar';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useRegistryLoaded } from '../stakeholders/useRegistryLoaded';

interface Props {
  picked: Set<string>;
  onPick: (ids: Set<string>) => void;
  typed: string;
  onType: (text: string) => void;
  /** Stakeholders already taking part: shown ticked and fixed. */
  already?: ReadonlySet<string>;
}

/** Participants from the stakeholder registry (filtered as elsewhere) and/or typed names, one a line. */
export function ParticipantPicker({ picked, onPick, typed, onType, already }: Props) {
  const t = useT();
  const loaded = useRegistryLoaded();
  const stakeholders = useRegistry((s) => s.stakeholders);
  const [filter, setFilter] = useState<StakeholderFilter>({ query: '', kind: '', groupId: '' });
  const shown = useMemo(() => filterStakeholders(stakeholders, filter), [stakeholders, filter]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    onPick(next);
  };
  const addShown = () => onPick(new Set([...picked, ...shown.map((s) => s.id).filter((id) => !already?.has(id))]));

  return (
    <fieldset className="field wide participant-picker">
      <legend>{t('workshops.participants.title')}</legend>
      <div className="picker-columns">
        <div>
          <p className="picker-head">{t('workshops.participants.fromRegistry')}</p>
          <div className="toolbar"><StakeholderFilterBar filter={filter} onChange={setFilter} /></div>
          <div className="toolbar">
            <button type="button" onClick={addShown}>{t('workshops.participants.pickShown', { count: shown.length })}</button>
            <span className="hint" role="status">{t('workshops.participants.picked', { count: picked.size })}</span>
          </div>
          {!loaded ? <p>{t('common.loading')}</p> : (
            <ul className="pick-list ws-pick-list" aria-label={t('workshops.participants.fromRegistry')}>
              {shown.map((s) => (
                <li key={s.id}>
                  <label>
                    <input type="checkbox" checked={already?.has(s.id) || picked.has(s.id)} disabled={already?.has(s.id)}
                      onChange={(e) => toggle(s.id, e.target.checked)} />
                    <span>{s.name}</span> <span className="hint">{s.organisation}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="field">
          <label htmlFor="ws-typed">{t('workshops.participants.typed')}</label>
          <textarea id="ws-typed" rows={6} value={typed} onChange={(e) => onType(e.target.value)} placeholder={t('workshops.participants.typedHint')} />
        </div>
      </div>
    </fieldset>
  );
}
