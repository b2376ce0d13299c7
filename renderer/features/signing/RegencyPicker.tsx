import { useId, useState } from 'react';
import type { Regency } from '../../../shared/domain/regions';
import { useT } from '../../i18n';
import { searchRegencies } from './regencySearch';

const SHOWN = 8;

/**
 * The regency or city, picked from the official list by typing part of its name (or its
 * province); the province and the seat are shown with it. Enter picks the first match.
 */
export function RegencyPicker({ regencies, value, onPick }: { regencies: readonly Regency[]; value: Regency | null; onPick: (code: string) => void }) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState(value === null);
  const [query, setQuery] = useState('');
  const matches = searchRegencies(regencies, query);
  const pick = (r: Regency) => {
    onPick(r.code);
    setEditing(false);
    setQuery('');
  };

  if (!editing && value) {
    return (
      <div className="field regency-picker">
        <span className="label">{t('signing.regency.label')}</span>
        <div className="toolbar">
          <strong data-testid="regency-chosen">{value.fullName}</strong>
          <span className="hint">{t('signing.regency.province', { province: value.provinceName })}, {t('signing.regency.seat', { seat: value.seat })}</span>
          <button type="button" onClick={() => setEditing(true)}>{t('signing.regency.change')}</button>
        </div>
      </div>
    );
  }
  return (
    <div className="field regency-picker">
      <span className="label" id={`${id}-label`}>{t('signing.regency.label')}</span>
      <div className="toolbar">
        <input id={id} type="search" role="combobox" aria-expanded={matches.length > 0} aria-controls={`${id}-list`} aria-autocomplete="list"
          aria-label={t('signing.regency.search')} placeholder={t('signing.regency.placeholder')} value={query} autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) {
              e.preventDefault();
              pick(matches[0]);
            }
            if (e.key === 'Escape' && value) setEditing(false);
          }} />
        {value && <button type="button" onClick={() => setEditing(false)}>{t('signing.regency.cancel')}</button>}
      </div>
      {!value && !query && <p className="hint">{t('signing.regency.none')}</p>}
      {query && (
        <ul id={`${id}-list`} role="listbox" aria-label={t('signing.regency.label')} className="regency-options">
          {matches.slice(0, SHOWN).map((r) => (
            <li key={r.code} role="option" aria-selected={false} tabIndex={0}
              onClick={() => pick(r)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), pick(r))}>
              <strong>{r.fullName}</strong> <span className="hint">{r.provinceName}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="hint" role="presentation">{t('signing.regency.noMatch')}</li>}
          {matches.length > SHOWN && <li className="hint" role="presentation">{t('signing.regency.more', { n: matches.length - SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}
