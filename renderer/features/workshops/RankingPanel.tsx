import { useEffect, useState } from 'react';
import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { RankingTable } from './RankingTable';
import { useWorkshops } from './workshopsStore';

/** The ranking with ties, the cut line, and the short list it gives (ties at the cut flagged). */
export function RankingPanel({ board, projectId }: { board: WorkshopBoard; projectId: string }) {
  const t = useT();
  const version = useWorkshops((s) => s.version);
  const edit = useWorkshops((s) => s.edit);
  const [list, setList] = useState<Shortlist | null>(null);
  const [cut, setCut] = useState(String(board.cutLine ?? ''));
  useEffect(() => setCut(String(board.cutLine ?? '')), [board.cutLine]);
  useEffect(() => {
    let live = true;
    // Read again after every reload of the board: a dot or a score moves the ranking.
    call('workshops.shortlist', { projectId, id: board.id }).then((s) => live && setList(s), (e) => useUi.getState().fail(e));
    return () => { live = false; };
  }, [projectId, board.id, version]);
  const saveCut = () => {
    const value = cut.trim() === '' ? null : Math.max(0, Math.min(1000, Math.round(Number(cut) || 0)));
    if (value !== board.cutLine) void edit('workshops.update', { id: board.id, cutLine: value });
  };
  const chosen = list?.items.filter((i) => i.shortlisted) ?? [];

  return (
    <div className="ws-ranking">
      <h2>{t('workshops.voting.ranking')}</h2>
      <form className="toolbar" onSubmit={(e) => {
        e.preventDefault();
        saveCut();
      }}>
        <label className="inline-label">
          {t('workshops.fields.cutLine')}
          <input type="number" min={0} max={1000} className="ws-number" value={cut} onChange={(e) => setCut(e.target.value)} onBlur={saveCut} />
        </label>
        <button type="submit">{t('workshops.voting.applyCut')}</button>
      </form>
      {list && <RankingTable items={list.items} cutLine={list.cutLine} />}
      <h2>{t('workshops.voting.shortlist')}</h2>
      {list?.cutLine == null ? <p className="hint">{t('workshops.voting.noCutLine')}</p> : (
        <>
          {list.needsDecision && <p className="ws-warning" role="alert">{t('workshops.voting.needsDecision', { count: list.shortlistedCount, cut: list.cutLine })}</p>}
          <ol className="ws-shortlist" aria-label={t('workshops.voting.shortlist')}>
            {chosen.map((i) => (
              <li key={i.targetId}>
                {i.label}{i.tiedAtCut && <span className="badge ws-tie-badge">{t('workshops.voting.tiedAtCutShort')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
