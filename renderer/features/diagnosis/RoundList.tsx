import type { QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { useT } from '../../i18n';
import { RoundRow } from './RoundRow';
import { SittingItem } from './SittingItem';
import { listEntries } from './sittings';

/** Every round, oldest first; the rounds answered on phones in one sitting are kept together. */
export function RoundList({ projectId, rounds }: { projectId: string; rounds: QuestionnaireRound[] }) {
  const t = useT();
  if (rounds.length === 0) return <p className="empty">{t('diagnosis.empty')}</p>;
  return (
    <>
      <ul className="round-list" aria-label={t('diagnosis.tabs.rounds')}>
        {listEntries(rounds).map((e) => (e.kind === 'round'
          ? <RoundRow key={e.round.id} round={e.round} />
          : <SittingItem key={e.sitting.id} projectId={projectId} sitting={e.sitting} />))}
      </ul>
      {rounds.some((r) => r.total !== null) && <p className="scale-note">{t('diagnosis.scaleNote')}</p>}
    </>
  );
}
