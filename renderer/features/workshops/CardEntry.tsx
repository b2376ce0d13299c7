import { useRef, useState } from 'react';
import { create } from 'zustand';
import { CARD_COLOURS, CARD_TEXT_MAX, type WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { PAPER, type CardColour } from './colours';
import { useWorkshops } from './workshopsStore';

/** Author and colour are remembered between cards (and tab switches): the same person often speaks twice. */
const useEntry = create<{ author: string; colour: CardColour }>(() => ({ author: '', colour: 'yellow' }));

/**
 * Keyboard-first card entry while people speak: Enter adds the card and empties the box with the
 * focus kept; Shift+Enter starts a new line; Alt+1..9 picks the first participants, Alt+0 anonymous.
 */
export function CardEntry({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const [text, setText] = useState('');
  const { author, colour } = useEntry();
  const box = useRef<HTMLTextAreaElement>(null);
  const edit = useWorkshops((s) => s.edit);
  const participants = board.participants;
  const authorId = participants.some((p) => p.id === author) ? author : '';
  const add = () => {
    const value = text.trim();
    if (!value) return;
    setText('');
    void edit('cards.create', { workshopId: board.id, text: value, authorParticipantId: authorId || null, colour });
  };
  return (
    <div className="ws-entry" style={{ background: PAPER[colour] }}>
      <label htmlFor="ws-new-card" className="ws-entry-label">{t('workshops.cards.newCard')}</label>
      <textarea id="ws-new-card" ref={box} rows={2} value={text} maxLength={CARD_TEXT_MAX} autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add();
          } else if (e.altKey && /^Digit[0-9]$/.test(e.code)) {
            e.preventDefault();
            const n = Number(e.code.slice(5));
            useEntry.setState({ author: n === 0 ? '' : (participants[n - 1]?.id ?? authorId) });
          }
        }} />
      <div className="toolbar">
        <label className="inline-label">
          {t('workshops.cards.author')}
          <select value={authorId} onChange={(e) => useEntry.setState({ author: e.target.value })}>
            <option value="">{t('workshops.cards.anonymous')}</option>
            {participants.map((p, i) => <option key={p.id} value={p.id}>{i < 9 ? `${i + 1}. ` : ''}{p.name}</option>)}
          </select>
        </label>
        <label className="inline-label">
          {t('workshops.cards.colour')}
          <select value={colour} onChange={(e) => useEntry.setState({ colour: e.target.value as CardColour })}>
            {CARD_COLOURS.map((c) => <option key={c} value={c}>{t(`workshops.colours.${c}`)}</option>)}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => {
          add();
          box.current?.focus();
        }}>{t('workshops.cards.add')}</button>
        <span className="hint">{t('workshops.cards.entryHint')}</span>
      </div>
    </div>
  );
}
