import { useState } from 'react';
import { STAKEHOLDER_KINDS, type StakeholderKind } from '../../../shared/domain/stakeholder';
import { RELATION_KINDS, type RelationKind } from '../../../shared/domain/relation';
import { useT } from '../../i18n';
import { nodeLook, tieLook } from './kindLook';
import { NodeSwatch, TieSwatch } from './Swatch';

const OPEN_KEY = 'klaster.map.legend';

/** What the shapes, colours and lines mean; lists only the kinds on the map right now, each with its own look. */
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
        {STAKEHOLDER_KINDS.filter((k) => kinds.has(k)).map((k) => <li key={k}><NodeSwatch {...nodeLook(k)} /> {t(`kinds.${k}`)}</li>)}
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
