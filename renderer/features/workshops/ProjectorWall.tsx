import { memo, useMemo } from 'react';
import type { Card, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { PAPER } from './colours';

/** A card as big as the back of the hall needs; hidden (private) cards show only as a blank card. */
const BigCard = memo(function BigCard({ card, dots }: { card: Card; dots: number }) {
  const t = useT();
  return (
    <li className="ws-big-card" style={{ background: PAPER[card.colour] }}>
      {card.hidden ? <span className="hint">{t('workshops.cards.hiddenCard')}</span> : card.text}
      {dots > 0 && <span className="ws-dots" aria-label={t('workshops.voting.dotsCount', { count: dots })}>{'●'.repeat(Math.min(dots, 10))}{dots > 10 ? ` ${dots}` : ''}</span>}
    </li>
  );
});

/** Groups with their cards (and the pile not yet grouped) as the room sees them on the wall. */
export function ProjectorWall({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const { byGroup, dots } = useMemo(() => {
    const map = new Map<string | null, Card[]>([[null, []], ...board.groups.map((g) => [g.id, []] as [string, Card[]])]);
    // A card the facilitator took off the wall is not shown at all, not even as a blank.
    for (const c of board.cards) if (!c.withheld) map.get(c.groupId)?.push(c);
    const count = new Map<string, number>();
    for (const v of board.votes) count.set(v.targetId, (count.get(v.targetId) ?? 0) + v.dots);
    return { byGroup: map, dots: count };
  }, [board.cards, board.groups, board.votes]);
  const loose = byGroup.get(null)!;
  const columns = [
    ...board.groups.map((g) => ({ id: g.id, name: g.name, colour: PAPER[g.colour], cards: byGroup.get(g.id)! })),
    ...(loose.length > 0 ? [{ id: 'none', name: t('workshops.cards.ungrouped'), colour: 'transparent', cards: loose }] : []),
  ];
  if (columns.length === 0) return <p className="ws-projector-note">{t('workshops.projector.noCards')}</p>;
  return (
    <div className="ws-projector-wall">
      {columns.map((col) => (
        <section key={col.id} className="ws-projector-group" aria-label={col.name}>
          <h2 style={{ background: col.colour }}>
            {col.name}
            {(dots.get(col.id) ?? 0) > 0 && <span className="ws-dots"> ● {dots.get(col.id)}</span>}
          </h2>
          <ul>{col.cards.map((c) => <BigCard key={c.id} card={c} dots={dots.get(c.id) ?? 0} />)}</ul>
        </section>
      ))}
    </div>
  );
}
