import { Tabs } from '../../components/Tabs';
import { useLanguage, useT } from '../../i18n';
import { meetingDate } from '../meetings/meetingFormat';
import { ParticipationButton } from '../participation/ParticipationButton';
import { BoardTab } from './BoardTab';
import { CardsTab } from './CardsTab';
import { DecideTab } from './DecideTab';
import { openProjector } from './projectorLink';
import { ResultsTab } from './ResultsTab';
import { RulesTab } from './RulesTab';
import { TimerPanel } from './TimerPanel';
import { WORKSHOP_TABS, useWorkshops } from './workshopsStore';

/** One workshop, step by step: rules, cards, grouping, choosing, results; the timer stays on top. */
export function WorkshopEditor({ projectId }: { projectId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const board = useWorkshops((s) => s.board);
  const tab = useWorkshops((s) => s.tab);
  const { setTab, open } = useWorkshops.getState();
  if (!board) return <p>{t('common.loading')}</p>;
  const meta = [t(`workshops.templates.${board.template}`), meetingDate(board.date, lang), board.place, board.facilitator].filter(Boolean);

  return (
    <section className="workshop-editor" aria-labelledby="workshop-title">
      <header className="view-header ws-header">
        <div>
          <button type="button" className="link back facilitator-only" onClick={() => open(null)}>← {t('workshops.backToList')}</button>
          <h1 id="workshop-title">{board.theme}</h1>
          <p className="meta">{meta.join(' · ')}</p>
        </div>
        <div className="ws-header-side">
          <TimerPanel workshopId={board.id} round={board.currentRound} />
          <div className="toolbar ws-header-actions">
            <ParticipationButton projectId={projectId} target={{ kind: 'workshop', id: board.id }}
              defaultJoinMode={board.participants.length > 0 ? 'pick' : 'pick_or_type'}
              extra={<button type="button" onClick={() => openProjector(projectId, board.id)}>{t('workshops.projector.show')}</button>} />
            <button type="button" className="facilitator-only" onClick={() => openProjector(projectId, board.id)}>{t('workshops.projector.show')}</button>
          </div>
        </div>
      </header>
      <Tabs label={board.theme} tabs={WORKSHOP_TABS.map((id) => ({ id, label: t(`workshops.tabs.${id}`) }))} selected={tab} onSelect={setTab}>
        {tab === 'rules' && <RulesTab board={board} projectId={projectId} />}
        {tab === 'cards' && <CardsTab board={board} />}
        {tab === 'board' && <BoardTab board={board} />}
        {tab === 'decide' && <DecideTab board={board} projectId={projectId} />}
        {tab === 'results' && <ResultsTab board={board} projectId={projectId} />}
      </Tabs>
    </section>
  );
}
