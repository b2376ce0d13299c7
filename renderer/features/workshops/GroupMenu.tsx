import { useState } from 'react';
import { CARD_COLOURS, type CardGroup } from '../../../shared/domain/workshop';
import { Dialog } from '../../components/Dialog';
import { Menu } from '../../components/Menu';
import { useT } from '../../i18n';
import type { CardColour } from './colours';
import { useWorkshops } from './workshopsStore';

type Mode = 'edit' | 'merge' | 'delete';

/** A group's actions: rename and recolour, merge into another group, delete (its cards stay, ungrouped). */
export function GroupMenu({ group, groups }: { group: CardGroup; groups: CardGroup[] }) {
  const t = useT();
  const [mode, setMode] = useState<Mode | null>(null);
  const [name, setName] = useState(group.name);
  const [colour, setColour] = useState<CardColour>(group.colour);
  const others = groups.filter((g) => g.id !== group.id);
  const [into, setInto] = useState('');
  const edit = useWorkshops((s) => s.edit);
  const close = () => setMode(null);
  const run = async (done: Promise<unknown>) => {
    if (await done) close();
  };
  // SWOT's four columns always exist: they can be renamed, not merged away or deleted.
  const items = [
    { label: t('workshops.groups.edit'), onSelect: () => { setName(group.name); setColour(group.colour); setMode('edit'); } },
    ...(group.fixedKey ? [] : [
      { label: t('workshops.groups.merge'), onSelect: () => { setInto(others[0]?.id ?? ''); setMode('merge'); } },
      { label: t('common.delete'), danger: true, onSelect: () => setMode('delete') },
    ]),
  ];
  const ok = mode === 'edit' ? () => run(edit('groups.update', { id: group.id, name: name.trim(), colour }))
    : mode === 'merge' ? () => run(edit('groups.merge', { targetId: into, sourceIds: [group.id] }))
      : () => run(edit('groups.delete', { id: group.id }));

  return (
    <>
      <Menu className="facilitator-only ws-group-menu" label={t('workshops.groups.actionsOf', { name: group.name })} items={items} />
      {mode && (
        <Dialog title={t(`workshops.groups.${mode}Title`, { name: group.name })} onClose={close}
          footer={<>
            <button type="button" onClick={close}>{t('common.cancel')}</button>
            <button type="button" className={mode === 'delete' ? 'danger' : 'primary'} disabled={(mode === 'edit' && !name.trim()) || (mode === 'merge' && !into)}
              onClick={() => void ok()}>{mode === 'delete' ? t('common.delete') : t('common.save')}</button>
          </>}>
          {mode === 'edit' && (
            <div className="form">
              <div className="field">
                <label htmlFor="ws-group-name">{t('workshops.groups.name')}</label>
                <input id="ws-group-name" autoFocus maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
              </div>
              <label className="inline-label">
                {t('workshops.cards.colour')}
                <select value={colour} onChange={(e) => setColour(e.target.value as CardColour)}>
                  {CARD_COLOURS.map((c) => <option key={c} value={c}>{t(`workshops.colours.${c}`)}</option>)}
                </select>
              </label>
            </div>
          )}
          {mode === 'merge' && (
            <label className="inline-label">
              {t('workshops.groups.mergeInto')}
              <select autoFocus value={into} onChange={(e) => setInto(e.target.value)}>
                {others.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              </select>
            </label>
          )}
          {mode === 'delete' && <p>{t('workshops.groups.deleteBody', { name: group.name })}</p>}
        </Dialog>
      )}
    </>
  );
}
