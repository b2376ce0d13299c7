import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { useT } from '../../i18n';

/** "Do · pelaksanaan", or "Selesai" once the closing record is written. */
export function StageBadge({ plan }: { plan: Pick<ActionPlan, 'stage' | 'closedAt'> }) {
  const t = useT();
  if (plan.closedAt) return <span className="stage-badge closed">{t('actionPlans.closed')}</span>;
  return (
    <span className={`stage-badge stage-${plan.stage}`}>
      <strong>{t(`actionPlans.stages.${plan.stage}`)}</strong> · {t(`actionPlans.stageHints.${plan.stage}`)}
    </span>
  );
}
