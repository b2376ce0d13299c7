import { useEffect, useRef } from 'react';
import { STAKEHOLDER_KINDS } from '../../../shared/domain/stakeholder';
import { RELATION_KINDS } from '../../../shared/domain/relation';
import { useT } from '../../i18n';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useMapState, type FilterList } from './mapState';
import { NO_GROUP } from './toElements';

/** Checkbox lists of kinds, small groups and tie kinds; unticked ones leave the map (and the exports). */
export function FilterMenu() {
  const t = useT();
  const { stakeholders, groups } = useRegistry();
  const { filters, toggleHidden, showAll } = useMapState();
  const root = useRef<HTMLDetailsElement>(null);
  const hidden = filters.kinds.length + filters.groups.length + filters.tieKinds.length;
  const kindsPresent = STAKEHOLDER_KINDS.filter((k) => stakeholders.some((s) => s.kind === k));
  const groupOptions = [...groups.map((g) => ({ id: g.id, name: g.name })), { id: NO_GROUP, name: t('stakeholders.noGroup') }];

  useEffect(() => {
    // Closes like a menu: a click anywhere else folds the panel away.
    const outside = (e: MouseEvent) => {
      if (root.current?.open && !root.current.contains(e.target as Node)) root.current.open = false;
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, []);

  const list = (which: FilterList, legend: string, options: { id: string; name: string }[]) => (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.id}>
          <input type="checkbox" checked={!filters[which].includes(o.id)} onChange={() => toggleHidden(which, o.id)} /> {o.name}
        </label>
      ))}
    </fieldset>
  );

  return (
    <details className="map-filter" ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !root.current?.open) return;
        root.current.open = false;
        root.current.querySelector('summary')?.focus();
      }}>
      <summary>{hidden > 0 ? t('map.filter.titleActive', { count: hidden }) : t('map.filter.title')}</summary>
      <div className="map-filter-panel">
        {list('kinds', t('map.filter.kinds'), kindsPresent.map((k) => ({ id: k, name: t(`kinds.${k}`) })))}
        {list('groups', t('map.filter.groups'), groupOptions)}
        {list('tieKinds', t('map.filter.tieKinds'), RELATION_KINDS.map((k) => ({ id: k, name: t(`map.relationKinds.${k}`) })))}
        <button type="button" onClick={showAll} disabled={hidden === 0}>{t('map.filter.showAll')}</button>
      </div>
    </details>
  );
}
