import { memo, useMemo, useRef } from 'react';
import type { Card, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { PAPER } from './colours';
import { useWallPager } from './useWallPager';

/** A card as big as the back of the hall needs; hidden (private) cards show only as a blank card. */
const BigCard = memo(function BigCard({ card, dots }: { card: Card; dots: number }) {
  const t = useT();
  return (
    <li className="ws-big-card" data-card style={{ background: PAPER[card.colour] }}>
      {card.hidden ? <span className="hint">{t('workshops.cards.hiddenCard')}</span> : card.text}
      {dots > 0 && <span className="ws-dots" aria-label={t('workshops.voting.dotsCount', { count: dots })}>{'●'.repeat(Math.min(dots, 10))}{dots > 10 ? ` ${dots}` : ''}</span>}
    </li>
  );
});

interface Column {
  id: string;
  name: string;
  colour: string;
  cards: Card[];
}

function Group({ col, cards, dots }: { col: Column; cards: Card[]; dots: Map<string, number> }) {
  return (
    <section className="ws-projector-group" aria-label={col.name}>
      <h2 style={{ background: col.colour }}>
        {col.name}
        {(dots.get(col.id) ?? 0) > 0 && <span className="ws-dots"> ● {dots.get(col.id)}</span>}
      </h2>
      <ul>{cards.map((c) => <BigCard key={c.id} card={c} dots={dots.get(c.id) ?? 0} />)}</ul>
    </section>
  );
}

/**
 * Groups with their cards (and the pile not yet grouped) as the room sees them on the wall: all
 * at once when they fit, else one group per page, paged with ←/→ or PageUp/PageDown.
 */
export function ProjectorWall({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // A string, not `t`: the columns must keep their identity between renders (the pager measures on change).
  const ungrouped = t('workshops.cards.ungrouped');
  const { columns, dots } = useMemo(() => {
    const map = new Map<string | null, Card[]>([[null, []], ...board.groups.map((g) => [g.id, []] as [string, Card[]])]);
    // A card the facilitator took off the wall is not shown at all, not even as a blank.
    for (const c of board.cards) if (!c.withheld) map.get(c.groupId)?.push(c);
    const count = new Map<string, number>();
    for (const v of board.votes) count.set(v.targetId, (count.get(v.targetId) ?? 0) + v.dots);
    const loose = map.get(null)!;
    const cols: Column[] = [
      ...board.groups.map((g) => ({ id: g.id, name: g.name, colour: PAPER[g.colour], cards: map.get(g.id)! })),
      ...(loose.length > 0 ? [{ id: 'none', name: ungrouped, colour: 'transparent', cards: loose }] : []),
    ];
    return { columns: cols, dots: count };
  }, [board.cards, board.groups, board.votes, ungrouped]);
  const { page, start, fit } = useWallPager(box, columns);
  if (columns.length === 0) return <p className="ws-projector-note">{t('workshops.projector.noCards')}</p>;
  const col = page ? columns[page.index]! : null;
  const shown = col ? col.cards.slice(start, fit === null ? undefined : start + fit) : [];
  const chunked = col !== null && fit !== null && (start > 0 || start + fit < col.cards.length);

  return (
    <div className="ws-projector-board">
      <div ref={box} className={`ws-projector-wall${col ? ' paged' : ''}`}>
        {col ? <Group col={col} cards={shown} dots={dots} /> : columns.map((c) => <Group key={c.id} col={c} cards={c.cards} dots={dots} />)}
      </div>
      {col && (
        <p className="ws-pager" role="status" data-testid="wall-pager">
          <strong>{t('presentation.groupOf', { n: page!.index + 1, total: columns.length })}</strong>
          {chunked && ` · ${t('presentation.cardsRange', { from: start + 1, to: start + fit, total: col.cards.length })}`}
          <span className="ws-pager-keys" aria-hidden="true"> ← →</span>
        </p>
      )}
    </div>
  );
}
