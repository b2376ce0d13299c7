import { PDM_LEVELS, type ActionPlan, type PdmLevel } from '../../../shared/domain/actionPlan';
import { INDICATOR_LEVELS, type IndicatorLevel } from '../../../shared/domain/indicator';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { IndicatorTable } from './IndicatorTable';
import { PerformanceTable } from './PerformanceTable';
import { usePlanSave } from './usePlanSave';

const measured = (level: PdmLevel): level is IndicatorLevel => (INDICATOR_LEVELS as readonly string[]).includes(level);

/** The PDM row by row (narrative, indicators, assumptions), then the performance table. */
export function PdmTab({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  return (
    <div className="pdm">
      <h2>{t('actionPlans.pdm.heading')}</h2>
      <p className="hint facilitator-only">{t('actionPlans.pdm.intro')}</p>
      {PDM_LEVELS.map((level) => {
        const name = t(`actionPlans.levels.${level}`);
        return (
          <section key={level} className="pdm-row" aria-label={name}>
            <h3>{name}</h3>
            <div className="pdm-cells">
              <TextField name={`pdm-${level}`} multiline label={t('actionPlans.pdm.narrative', { level: name })} value={plan[level]} onCommit={(v) => save({ [level]: v })} />
              <TextField name={`assumption-${level}`} multiline label={t('actionPlans.pdm.assumptions', { level: name })} value={plan.assumptions[level]}
                onCommit={(v) => save({ assumptions: { [level]: v } })} />
            </div>
            {measured(level) && <IndicatorTable plan={plan} level={level} />}
          </section>
        );
      })}
      <PerformanceTable plan={plan} />
    </div>
  );
}
