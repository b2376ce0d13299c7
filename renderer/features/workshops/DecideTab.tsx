import { DECISION_METHODS, TARGET_TYPES, type WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { RankingPanel } from './RankingPanel';
import { ScoresTable } from './ScoresTable';
import { VotingGrid } from './VotingGrid';
import { useWorkshops } from './workshopsStore';

/** "Pilih": dots (per participant or counted from the wall) or scores, then the ranking and the short list. */
export function DecideTab({ board, projectId }: { board: WorkshopBoard; projectId: string }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  return (
    <div className="ws-decide">
      <div className="toolbar facilitator-only">
        <label className="inline-label">
          {t('workshops.fields.decision')}
          <select value={board.decision} onChange={(e) => void edit('workshops.update', { id: board.id, decision: e.target.value as WorkshopBoard['decision'] })}>
            {DECISION_METHODS.map((d) => <option key={d} value={d}>{t(`workshops.decisions.${d}`)}</option>)}
          </select>
        </label>
        <label className="inline-label">
          {t('workshops.fields.rankTarget')}
          <select value={board.rankTarget} onChange={(e) => void edit('workshops.update', { id: board.id, rankTarget: e.target.value as WorkshopBoard['rankTarget'] })}>
            {TARGET_TYPES.map((k) => <option key={k} value={k}>{t(`workshops.targets.${k}`)}</option>)}
          </select>
        </label>
        {board.decision === 'dots' && (
          <>
            <label className="inline-label">
              {t('workshops.fields.dotsPerParticipant')}
              <select value={board.dotsPerParticipant} onChange={(e) => void edit('workshops.update', { id: board.id, dotsPerParticipant: Number(e.target.value) })}>
                {Array.from({ length: 20 }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
            <button type="button" className="danger" disabled={board.votes.length === 0}
              onClick={() => void edit('votes.clear', { workshopId: board.id })}>{t('workshops.voting.clear')}</button>
          </>
        )}
        {board.decision === 'scores' && (
          <button type="button" disabled={board.scoreAverages.length === 0} title={t('workshops.voting.adoptAveragesHint')}
            onClick={async () => {
              const out = await edit('scores.adoptAverages', { workshopId: board.id });
              if (out) useUi.getState().notify('workshops.voting.averagesAdopted', { count: out.adopted });
            }}>{t('workshops.voting.adoptAverages')}</button>
        )}
      </div>
      {board.decision === 'dots' ? <VotingGrid board={board} /> : <ScoresTable board={board} />}
      <RankingPanel board={board} projectId={projectId} />
    </div>
  );
}
