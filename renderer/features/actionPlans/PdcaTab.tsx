import { PDCA_STAGES, type ActionPlan } from '../../../shared/domain/actionPlan';
import { NEXT_STAGE, stageRefusal } from '../../../shared/actionPlans/pdca';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useActionPlans, type PlanContext } from './actionPlansStore';
import { ClosingPanel } from './ClosingPanel';
import { MidtermPanel } from './MidtermPanel';

/** Plan, Do, Check, Action: where the plan is, the next step, and the two records. */
export function PdcaTab({ plan, context }: { plan: ActionPlan; context: PlanContext }) {
  const t = useT();
  const edit = useActionPlans((s) => s.edit);
  const next = NEXT_STAGE[plan.stage];
  const refusal = stageRefusal({ stage: plan.stage, closed: plan.closedAt !== null, startDate: plan.startDate, hasMidterm: plan.midterm !== null }, next);
  const nextName = t(`actionPlans.stages.${next}`);
  const move = async () => {
    if (await edit('actionPlans.setStage', { id: plan.id, stage: next })) useUi.getState().notify('actionPlans.pdca.moved', { stage: nextName });
  };
  return (
    <div className="pdca">
      <section aria-labelledby="pdca-title">
        <h2 id="pdca-title">{t('actionPlans.pdca.heading')}</h2>
        <ol className="pdca-steps" aria-label={t('actionPlans.pdca.current', { stage: t(`actionPlans.stages.${plan.stage}`) })}>
          {PDCA_STAGES.map((s) => (
            <li key={s} className={s === plan.stage && !plan.closedAt ? 'current' : ''} aria-current={s === plan.stage ? 'step' : undefined}>
              <strong>{t(`actionPlans.stages.${s}`)}</strong>
              <span>{t(`actionPlans.stageHints.${s}`)}</span>
            </li>
          ))}
        </ol>
        {plan.closedAt ? <p className="hint">{t('actionPlans.pdca.closedNote')}</p> : (
          <div className="toolbar facilitator-only">
            <button type="button" className="primary" disabled={refusal !== null} onClick={() => void move()}>{t('actionPlans.pdca.next', { stage: nextName })}</button>
            {refusal && <span className="hint" role="note">{t(`errors.${refusal}`)}</span>}
          </div>
        )}
      </section>
      <MidtermPanel plan={plan} context={context} />
      <ClosingPanel plan={plan} context={context} />
    </div>
  );
}
