import { useMemo, useState } from 'react';
import type { Card, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { GroupColumn } from './GroupColumn';
import { useSelection } from './selection';
import { useWorkshops } from './workshopsStore';

const UNGROUPED = 'none';

/** "Kelompokkan": groups as columns; cards move by drag and drop or, from the keyboard, ticked + "Pindahkan ke…". */
export function BoardTab({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  const count = useSelection((s) => s.ids.size);
  const [name, setName] = useState('');
  const [target, setTarget] = useState(UNGROUPED);
  // Cards on their way to another group: shown there at once, until the board read after the
  // move replaces them (the move, a reload of 1,000 cards and a render took 55-245 ms in
  // `npm run bench`; a move should show within 100 ms). A refused move puts them back.
  const [moving, setMoving] = useState<{ cardIds: Set<string>; groupId: string | null } | null>(null);
  const stored = useMemo(() => {
    const map = new Map<string | null, Card[]>([[null, []], ...board.groups.map((g) => [g.id, []] as [string, Card[]])]);
    for (const c of board.cards) map.get(c.groupId)?.push(c);
    return map;
  }, [board.cards, board.groups]);
  const byGroup = useMemo(() => (moving ? movedAhead(stored, moving.cardIds, moving.groupId) : stored), [stored, moving]);
  const move = async (cardIds: string[], groupId: string | null) => {
    if (cardIds.length === 0) return;
    const pending = { cardIds: new Set(cardIds), groupId };
    setMoving(pending);
    const done = await edit('cards.move', { cardIds, groupId });
    setMoving((m) => (m === pending ? null : m));
    if (done) useSelection.getState().clear();
  };
  const addGroup = async () => {
    const value = name.trim();
    if (!value) return;
    setName('');
    await edit('groups.create', { workshopId: board.id, name: value });
  };

  return (
    <div className="ws-board">
      <div className="toolbar facilitator-only">
        <form className="inline-form" onSubmit={(e) => {
          e.preventDefault();
          void addGroup();
        }}>
          <input aria-label={t('workshops.groups.newName')} placeholder={t('workshops.groups.newName')} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit">{t('workshops.groups.add')}</button>
        </form>
        <span className="ws-divider" />
        <span className="hint" role="status">{t('workshops.cards.selected', { count })}</span>
        <label className="inline-label">
          {t('workshops.board.moveTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={UNGROUPED}>{t('workshops.cards.ungrouped')}</option>
            {board.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </label>
        <button type="button" disabled={count === 0} onClick={() => void move([...useSelection.getState().ids], target === UNGROUPED ? null : target)}>
          {t('workshops.board.move')}
        </button>
      </div>
      <p className="hint facilitator-only">{t('workshops.board.hint')}</p>
      <div className="ws-columns">
        <GroupColumn group={null} cards={byGroup.get(null)!} groups={board.groups} onDrop={move} />
        {board.groups.map((g) => <GroupColumn key={g.id} group={g} cards={byGroup.get(g.id)!} groups={board.groups} onDrop={move} />)}
      </div>
    </div>
  );
}

/** The columns with `cardIds` taken out and put at the end of `groupId`; untouched columns keep their arrays (and memo). */
function movedAhead(stored: Map<string | null, Card[]>, cardIds: Set<string>, groupId: string | null): Map<string | null, Card[]> {
  const out = new Map(stored);
  const taken: Card[] = [];
  for (const [id, cards] of stored) {
    if (!cards.some((c) => cardIds.has(c.id))) continue;
    out.set(id, cards.filter((c) => !cardIds.has(c.id)));
    taken.push(...cards.filter((c) => cardIds.has(c.id)));
  }
  const target = out.get(groupId);
  if (target) out.set(groupId, [...target.filter((c) => !cardIds.has(c.id)), ...taken.map((c) => ({ ...c, groupId }))]);
  return out;
}
