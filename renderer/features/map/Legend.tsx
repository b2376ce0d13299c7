import { useState } from 'react';
import { KIND_FAMILY, STAKEHOLDER_KINDS, type StakeholderKind } from '../../../shared/domain/stakeholder';
import { RELATION_KINDS, type RelationKind } from '../../../shared/domain/relation';
import { useT } from '../../i18n';
import { nodeLook, tieLook, type NodeLook } from './kindLook';
import { NodeSwatch, TieSwatch } from './Swatch';

const OPEN_KEY = 'klaster.map.legend';

/** Kinds that share a look share a line: "Penyedia layanan (BDS)" rather than eight diamonds. */
function looksPresent(kinds: Set<StakeholderKind>, t: ReturnType<typeof useT>): { look: NodeLook; label: string }[] {
  const byLook = new Map<string, StakeholderKind[]>();
  for (const k of STAKEHOLDER_KINDS.filter((kind) => kinds.has(kind))) {
    const key = `${nodeLook(k).shape}${nodeLook(k).color}`;
    byLook.set(key, [...(byLook.get(key) ?? []), k]);
  }
  return [...byLook.values()].map((group) => {
    const families = new Set(group.map((k) => KIND_FAMILY[k]));
    const label = group.length === 1 ? t(`kinds.${group[0]!}`)
      : families.size === 1 && KIND_FAMILY[group[0]!] !== 'internal' ? t(`families.${KIND_FAMILY[group[0]!]}`)
      : group.map((k) => t(`kinds.${k}`)).join(', ');
    return { look: nodeLook(group[0]!), label };
  });
}

/** What the shapes, colours and lines mean; lists only the kinds on the map right now. */
export function Legend({ kinds, tieKinds }: { kinds: Set<StakeholderKind>; tieKinds: Set<RelationKind> }) {
  const t = useT();
  // Folded by default at 1024x768 so it hides no node; the facilitator opens it to explain.
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === 'open');
  return (
    <details className="map-legend" open={open}
      onToggle={(e) => {
        const now = (e.target as HTMLDetailsElement).open;
        localStorage.setItem(OPEN_KEY, now ? 'open' : 'closed');
        setOpen(now);
      }}>
      <summary>{t('map.legend.title')}</summary>
      <ul className="legend-nodes">
        {looksPresent(kinds, t).map(({ look, label }) => <li key={label}><NodeSwatch {...look} /> {label}</li>)}
      </ul>
      <ul className="legend-ties">
        {RELATION_KINDS.filter((k) => tieKinds.has(k)).map((k) => (
          <li key={k}><TieSwatch {...tieLook[k]} /> {t(`map.relationKinds.${k}`)}</li>
        ))}
        <li><TieSwatch color="#5b574d" arrow="triangle" /> {t('map.legend.formal')}</li>
        <li><TieSwatch color="#5b574d" arrow="triangle" dashed /> {t('map.legend.traditional')}</li>
        <li className="legend-note">{t('map.legend.mutual')} {t('map.legend.width')}</li>
      </ul>
    </details>
  );
}
