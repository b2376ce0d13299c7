import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { formatRupiah } from '../../../shared/indonesian';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useActionPlans } from './actionPlansStore';
import { StageBadge } from './StageBadge';

const onTarget = (p: ActionPlan) => p.readings.filter((r) => r.status === 'on_track' || r.status === 'achieved').length;

/** Every plan with its area, PDCA stage, schedule, budget and how its indicators stand. */
export function PlanList({ plans }: { plans: ActionPlan[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  if (plans.length === 0) return <p className="empty">{t('actionPlans.empty')}</p>;
  return (
    <ul className="plan-list" aria-label={t('actionPlans.title')}>
      {plans.map((p) => (
        <li key={p.id} className="plan-item" aria-label={p.title}>
          <span className="plan-area">{t(`actionPlans.areas.${p.area}`)}</span>
          <button type="button" className="link plan-open" onClick={() => useActionPlans.getState().open(p.id)}>{p.title}</button>
          <StageBadge plan={p} />
          <span className="meta">
            {p.startDate || p.endDate ? [formatDate(p.startDate, lang), formatDate(p.endDate, lang)].filter(Boolean).join(' – ') : t('actionPlans.noSchedule')}
          </span>
          <span className="meta">{t('actionPlans.budgetOf', { amount: formatRupiah(p.budgetTotal) })}</span>
          {p.indicators.length > 0 && <span className="meta">{t('actionPlans.indicatorsOf', { onTarget: onTarget(p), count: p.indicators.length })}</span>}
        </li>
      ))}
    </ul>
  );
}
