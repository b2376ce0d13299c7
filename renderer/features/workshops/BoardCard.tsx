import { memo } from 'react';
import type { Card } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { PAPER } from './colours';
import { useSelection } from './selection';

/** A private drag type, so dropping text from elsewhere onto a column does nothing. */
export const CARD_DRAG_TYPE = 'application/x-klaster-card';

/** A card on the board: draggable, and ticked with Space for "Pindahkan ke…". Re-renders only when it changes. */
export const BoardCard = memo(function BoardCard({ card }: { card: Card }) {
  const t = useT();
  const checked = useSelection((s) => s.ids.has(card.id));
  return (
    <li className={`ws-board-card ${checked ? 'selected' : ''} ${card.withheld ? 'withheld facilitator-only' : ''}`} style={{ background: PAPER[card.colour] }} draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(CARD_DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}>
      <label>
        <input type="checkbox" className="facilitator-only" checked={checked} onChange={(e) => useSelection.getState().toggle(card.id, e.target.checked)} />
        <span className="ws-card-text">{card.hidden ? t('workshops.cards.hiddenCard') : card.text}</span>
      </label>
    </li>
  );
});
