import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Card, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { CardEntry } from './CardEntry';
import { CardRow } from './CardRow';
import { EditCardDialog } from './EditCardDialog';
import { useSelection } from './selection';
import { useWorkshops } from './workshopsStore';

/** "Kartu": typing the cards as people speak, private writing, and fixing cards (edit, merge, split). */
export function CardsTab({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  const selected = useSelection((s) => s.ids);
  const [editing, setEditing] = useState<Card | null>(null);
  const groupName = useMemo(() => new Map(board.groups.map((g) => [g.id, g.name])), [board.groups]);
  // The newest card first: the one just typed is where the eye is.
  const cards = useMemo(() => [...board.cards].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [board.cards]);
  // Cards of a private round still to be revealed; one taken off the wall is not among them.
  const hidden = board.cards.filter((c) => c.hidden && !c.withheld).length;
  const picked = board.cards.filter((c) => selected.has(c.id));
  const onEdit = useCallback((card: Card) => setEditing(card), []);
  // The tick shows at once; a refusal puts the saved value back.
  const [privateWriting, setPrivateWriting] = useState(board.privateWriting);
  useEffect(() => setPrivateWriting(board.privateWriting), [board.privateWriting]);
  const togglePrivate = async (on: boolean) => {
    setPrivateWriting(on);
    if (!(await edit('workshops.update', { id: board.id, privateWriting: on }))) setPrivateWriting(!on);
  };
  const merge = async () => {
    // The first card ticked (in wall order) keeps its place; the others are joined into it.
    const [target, ...rest] = picked;
    if (!target || rest.length === 0) return;
    if (await edit('cards.merge', { targetId: target.id, cardIds: rest.map((c) => c.id) })) useSelection.getState().clear();
  };

  return (
    <div className="ws-cards">
      <CardEntry board={board} />
      <div className="toolbar">
        <label className="inline-label">
          <input type="checkbox" checked={privateWriting} onChange={(e) => void togglePrivate(e.target.checked)} />
          {t('workshops.fields.privateWriting')}
        </label>
        {hidden > 0 && (
          <>
            <span className="badge" role="status">{t('workshops.cards.hiddenCount', { count: hidden })}</span>
            <button type="button" className="primary" onClick={() => void edit('cards.reveal', { workshopId: board.id })}>{t('workshops.cards.reveal')}</button>
          </>
        )}
      </div>
      <div className="toolbar">
        <strong role="status">{t('workshops.cards.count', { count: board.cards.length })}</strong>
        <span className="hint">{t('workshops.cards.selected', { count: picked.length })}</span>
        <button type="button" disabled={picked.length < 2} onClick={() => void merge()}>{t('workshops.cards.merge')}</button>
        <button type="button" disabled={picked.length === 0} onClick={() => useSelection.getState().clear()}>{t('workshops.cards.clearSelection')}</button>
      </div>
      <ul className="ws-card-list" aria-label={t('workshops.cards.listLabel')}>
        {cards.map((c) => <CardRow key={c.id} card={c} groupName={c.groupId ? (groupName.get(c.groupId) ?? '') : ''} onEdit={onEdit} />)}
      </ul>
      {editing && <EditCardDialog card={editing} board={board} onClose={() => setEditing(null)} />}
    </div>
  );
}
