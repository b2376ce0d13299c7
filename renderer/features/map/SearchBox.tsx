import { useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { useMapState } from './mapState';

/** Best match for what was typed: the exact name, then a name starting with it, then any part of name or organisation. */
export function findStakeholder(candidates: Stakeholder[], query: string): Stakeholder | null {
  const q = query.trim().toLocaleLowerCase('id');
  if (!q) return null;
  const name = (s: Stakeholder) => s.name.toLocaleLowerCase('id');
  return candidates.find((s) => name(s) === q)
    ?? candidates.find((s) => name(s).startsWith(q))
    ?? candidates.find((s) => name(s).includes(q) || s.organisation.toLocaleLowerCase('id').includes(q))
    ?? null;
}

/** Type a name, Enter centres that stakeholder and lights up its ties; Esc shows everyone again. */
export function SearchBox({ shown, onMiss }: { shown: Stakeholder[]; onMiss: (query: string | null) => void }) {
  const t = useT();
  const setFocus = useMapState((s) => s.setFocus);
  const [query, setQuery] = useState('');
  return (
    <>
      <input type="search" className="map-search" list="map-names" value={query} aria-label={t('map.search.label')} title={t('map.search.hint')} placeholder={t('map.search.placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          onMiss(null);
          if (!e.target.value) setFocus(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const found = findStakeholder(shown, query);
            setFocus(found?.id ?? null);
            onMiss(found ? null : query);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setQuery('');
            onMiss(null);
            setFocus(null);
          }
        }} />
      <datalist id="map-names">
        {shown.map((s) => <option key={s.id} value={s.name} />)}
      </datalist>
    </>
  );
}
