import { useState } from 'react';
import { CARD_COLOURS, CARD_TEXT_MAX, type Card, type WorkshopBoard } from '../../../shared/domain/workshop';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import type { CardColour } from './colours';
import { useWorkshops } from './workshopsStore';

/** Fixing a card: its text (several lines can be split later), who wrote it, its colour. */
export function EditCardDialog({ card, board, onClose }: { card: Card; board: WorkshopBoard; onClose: () => void }) {
  const t = useT();
  const [text, setText] = useState(card.text);
  const [author, setAuthor] = useState(card.authorParticipantId ?? '');
  const [colour, setColour] = useState<CardColour>(card.colour);
  const save = async () => {
    if (!text.trim()) return;
    const out = await useWorkshops.getState().edit('cards.update', { id: card.id, text: text.trim(), authorParticipantId: author || null, colour });
    if (out) onClose();
  };
  return (
    <Dialog title={t('workshops.cards.editTitle')} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" onClick={() => void save()}>{t('common.save')}</button>
      </>}>
      <div className="form">
        <div className="field">
          <label htmlFor="ws-edit-text">{t('workshops.cards.text')}</label>
          <textarea id="ws-edit-text" rows={4} autoFocus maxLength={CARD_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <label className="inline-label">
          {t('workshops.cards.author')}
          <select value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">{card.authorName || t('workshops.cards.anonymous')}</option>
            {board.participants.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="inline-label">
          {t('workshops.cards.colour')}
          <select value={colour} onChange={(e) => setColour(e.target.value as CardColour)}>
            {CARD_COLOURS.map((c) => <option key={c} value={c}>{t(`workshops.colours.${c}`)}</option>)}
          </select>
        </label>
      </div>
    </Dialog>
  );
}
