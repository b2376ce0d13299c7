import { memo, useState } from 'react';
import type { Card, CardGroup } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { BoardCard, CARD_DRAG_TYPE } from './BoardCard';
import { PAPER } from './colours';
import { GroupMenu } from './GroupMenu';
import { useSelection } from './selection';

interface Props {
  /** null: the pile of cards not yet in a group. */
  group: CardGroup | null;
  cards: Card[];
  groups: CardGroup[];
  onDrop: (cardIds: string[], groupId: string | null) => void;
}

/** One column of the board; a drop target for cards dragged from elsewhere. */
export const GroupColumn = memo(function GroupColumn({ group, cards, groups, onDrop }: Props) {
  const t = useT();
  const [over, setOver] = useState(false);
  const title = group ? group.name : t('workshops.cards.ungrouped');
  return (
    <section className={`ws-column ${over ? 'drop-over' : ''}`} aria-label={title}
      style={group ? { borderTopColor: PAPER[group.colour] } : undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(CARD_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(CARD_DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        // A ticked card carries the other ticked cards with it.
        const ticked = useSelection.getState().ids;
        onDrop(ticked.has(id) ? [...ticked] : [id], group?.id ?? null);
      }}>
      <header className="ws-column-head" style={group ? { background: PAPER[group.colour] } : undefined}>
        <h3>{title}</h3>
        <span className="ws-column-count">{cards.length}</span>
        {group && <GroupMenu group={group} groups={groups} />}
      </header>
      <ul className="ws-column-cards">
        {cards.map((c) => <BoardCard key={c.id} card={c} />)}
      </ul>
    </section>
  );
});
