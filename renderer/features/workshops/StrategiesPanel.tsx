import { useEffect, useState } from 'react';
import { STRATEGY_COLUMNS, STRATEGY_KINDS, type StrategyKind, type SwotStrategy } from '../../../shared/domain/swotStrategy';
import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { useWorkshops } from './workshopsStore';

/**
 * From SWOT to strategy: SO, WO, ST and WT strategies, each written from the cards it draws on,
 * then carried into a long-list workshop where they are voted on like any theme.
 */
export function StrategiesPanel({ board, projectId }: { board: WorkshopBoard; projectId: string }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  const revision = useProjects((s) => s.revision);
  const [list, setList] = useState<SwotStrategy[]>([]);
  const [kind, setKind] = useState<StrategyKind>('SO');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const reload = () => call('strategies.list', { projectId, workshopId: board.id }).then(setList, (e) => useUi.getState().fail(e));
  // Cards move and change on the board: the strategies' sources follow each reload of the board.
  useEffect(() => void reload(), [board, revision]);

  const columnOf = new Map(board.groups.map((g) => [g.id, g.fixedKey]));
  const usable = board.cards.filter((c) => c.groupId && (STRATEGY_COLUMNS[kind] as readonly string[]).includes(columnOf.get(c.groupId) ?? ''));
  const add = async () => {
    if (!text.trim()) return;
    if (await edit('strategies.create', { workshopId: board.id, kind, text: text.trim(), cardIds: picked.filter((id) => usable.some((c) => c.id === id)) })) {
      setText('');
      setPicked([]);
      await reload();
    }
  };
  const carry = async () => {
    const long = await edit('strategies.toLongList', { workshopId: board.id });
    if (long) {
      useUi.getState().notify('workshops.strategies.carried', { theme: long.theme });
      useWorkshops.getState().open(long.id);
    }
  };

  return (
    <section className="strategies" aria-labelledby="strategies-title">
      <h2 id="strategies-title">{t('workshops.strategies.title')}</h2>
      <p className="hint facilitator-only">{t('workshops.strategies.intro')}</p>
      <form className="strategy-form facilitator-only" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label>{t('workshops.strategies.kind')}
          <select value={kind} onChange={(e) => { setKind(e.target.value as StrategyKind); setPicked([]); }}>
            {STRATEGY_KINDS.map((k) => <option key={k} value={k}>{t(`workshops.strategies.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="wide">{t('workshops.strategies.text')}
          <textarea value={text} maxLength={500} rows={2} onChange={(e) => setText(e.target.value)} />
        </label>
        <fieldset className="wide">
          <legend>{t('workshops.strategies.from')}</legend>
          {usable.length === 0 ? <p className="hint">{t('workshops.strategies.noCards')}</p> : usable.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={picked.includes(c.id)}
                onChange={(e) => setPicked((p) => (e.target.checked ? [...p, c.id] : p.filter((x) => x !== c.id)))} />
              <span>{columnOf.get(c.groupId!)}: {c.text}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!text.trim()}>{t('workshops.strategies.add')}</button>
      </form>
      <div className="strategy-grid">
        {STRATEGY_KINDS.map((k) => (
          <section key={k} aria-label={t(`workshops.strategies.kinds.${k}`)}>
            <h3>{t(`workshops.strategies.kinds.${k}`)}</h3>
            {list.filter((s) => s.kind === k).length === 0 ? <p className="hint">{t('workshops.strategies.none')}</p> : (
              <ol>
                {list.filter((s) => s.kind === k).map((s) => (
                  <li key={s.id}>
                    <strong>{s.text}</strong>
                    {s.sources.length > 0 && <span className="strategy-sources">{t('workshops.strategies.sources')}: {s.sources.map((x) => `${x.column}: ${x.text}`).join('; ')}</span>}
                    <button type="button" className="link danger facilitator-only" aria-label={t('workshops.strategies.deleteOf', { text: s.text })}
                      onClick={() => void edit('strategies.delete', { id: s.id }).then(reload)}>{t('common.delete')}</button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      <button type="button" className="facilitator-only" disabled={list.length === 0} onClick={() => void carry()}>{t('workshops.strategies.toLongList')}</button>
    </section>
  );
}
