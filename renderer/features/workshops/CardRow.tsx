import { memo } from 'react';
import type { Card } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { PAPER } from './colours';
import { useSelection } from './selection';
import { useWorkshops } from './workshopsStore';

/** One card in the "Kartu" list; memoised, and subscribed to its own tick only. */
export const CardRow = memo(function CardRow({ card, groupName, onEdit }: { card: Card; groupName: string; onEdit: (c: Card) => void }) {
  const t = useT();
  const checked = useSelection((s) => s.ids.has(card.id));
  const several = card.text.includes('\n');
  const { edit } = useWorkshops.getState();
  return (
    // A card taken off the wall stays in the facilitator's list, never on the projector.
    <li className={card.withheld ? 'ws-card-row withheld facilitator-only' : 'ws-card-row'} style={{ background: PAPER[card.colour] }}>
      <label className="ws-card-check">
        <input type="checkbox" checked={checked} onChange={(e) => useSelection.getState().toggle(card.id, e.target.checked)} />
        <span className="ws-card-text">{card.text}</span>
      </label>
      <span className="meta ws-card-meta">
        {[card.author ?? t('workshops.cards.anonymous'), groupName, card.hidden ? t('workshops.cards.hidden') : '', card.withheld ? t('workshops.cards.withheld') : '']
          .filter(Boolean).join(' · ')}
      </span>
      <span className="ws-card-actions">
        <button type="button" className="link" onClick={() => onEdit(card)}>{t('workshops.cards.edit')}</button>
        {/* One card off the projector, the phones and the ranking (or back); a reveal does not bring it back. */}
        <button type="button" className="link" aria-label={t(card.withheld ? 'workshops.cards.showOf' : 'workshops.cards.hideOf', { text: card.text })}
          onClick={() => void edit('cards.update', { id: card.id, withheld: !card.withheld })}>
          {t(card.withheld ? 'workshops.cards.show' : 'workshops.cards.hide')}
        </button>
        {several && <button type="button" className="link" onClick={() => void edit('cards.split', { id: card.id })}>{t('workshops.cards.split')}</button>}
        <button type="button" className="link danger" aria-label={t('workshops.cards.deleteOf', { text: card.text })}
          onClick={() => void edit('cards.delete', { id: card.id })}>{t('common.delete')}</button>
      </span>
    </li>
  );
});
