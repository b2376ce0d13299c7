import { useId, type ReactNode } from 'react';
import { HORIZONS, IMPROVEMENT_AREAS, type ActionPlan, type Horizon, type ImprovementArea } from '../../../shared/domain/actionPlan';
import { TextField } from '../../components/TextField';
import { useT, type TKey } from '../../i18n';
import type { PlanContext } from './actionPlansStore';
import { BudgetTable } from './BudgetTable';
import { MilestonesEditor } from './MilestonesEditor';
import { ResponsiblePicker } from './ResponsiblePicker';
import { ProviderSuggestions } from './ProviderSuggestions';
import { SupportersPicker } from './SupportersPicker';
import { SupportServices } from './SupportServices';
import { usePlanSave } from './usePlanSave';
import { YesNo } from './YesNo';

type TextKey = 'why' | 'outputs' | 'governmentRules' | 'monitoring';

/** A question whose answer has several parts: the question, verbatim, names the group. */
function Group({ n, children }: { n: number; children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <li className="question">
      <div role="group" aria-labelledby={id} className="question-group">
        <p id={id} className="question-text">{t(`actionPlans.questions.q${n}` as TKey)}</p>
        {children}
      </div>
    </li>
  );
}

/** The plan's form: title, area, goal and purpose, then the guideline's nine questions, in order. */
export function QuestionsTab({ plan, context }: { plan: ActionPlan; context: PlanContext }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  const text = (n: number, key: TextKey, hint?: string) => (
    <li className="question">
      <TextField name={key} multiline className="question-field" label={t(`actionPlans.questions.q${n}` as TKey)} placeholder={hint} value={plan[key]} onCommit={(v) => save({ [key]: v })} />
    </li>
  );
  return (
    <div className="plan-form">
      <div className="form grid plan-basics">
        <TextField name="title" className="wide" label={t('actionPlans.fields.title')} value={plan.title}
          validate={(v) => (v.trim() ? null : t('errors.fieldRequired', { field: t('actionPlans.fields.title') }))} onCommit={(v) => save({ title: v.trim() })} />
        <div className="field">
          <label htmlFor="plan-area-edit">{t('actionPlans.fields.area')}</label>
          <select id="plan-area-edit" value={plan.area} onChange={(e) => void save({ area: e.target.value as ImprovementArea })}>
            {IMPROVEMENT_AREAS.map((a) => <option key={a} value={a}>{t(`actionPlans.areas.${a}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-horizon-edit">{t('actionPlans.fields.horizon')}</label>
          <select id="plan-horizon-edit" value={plan.horizon} onChange={(e) => void save({ horizon: e.target.value as Horizon })}>
            {HORIZONS.map((h) => <option key={h} value={h}>{t(`actionPlans.horizons.${h}`)}</option>)}
          </select>
        </div>
        <TextField name="goal" label={t('actionPlans.fields.goal')} value={plan.goal} onCommit={(v) => save({ goal: v })} />
        <TextField name="purpose" label={t('actionPlans.fields.purpose')} value={plan.purpose} onCommit={(v) => save({ purpose: v })} />
        <TextField name="implementingBody" className="wide" label={t('actionPlans.fields.implementingBody')} value={plan.implementingBody} onCommit={(v) => save({ implementingBody: v })} />
      </div>
      <h2>{t('actionPlans.questions.heading')}</h2>
      <p className="hint facilitator-only">{t('actionPlans.questions.intro')}</p>
      <ol className="nine-questions">
        {text(1, 'why')}
        {text(2, 'outputs', t('actionPlans.questions.outputsHint'))}
        <Group n={3}><ResponsiblePicker plan={plan} context={context} /></Group>
        <Group n={4}>
          <div className="plan-dates">
            <TextField name="startDate" type="date" label={t('actionPlans.schedule.start')} value={plan.startDate} onCommit={(v) => save({ startDate: v })} />
            <TextField name="endDate" type="date" label={t('actionPlans.schedule.end')} value={plan.endDate} onCommit={(v) => save({ endDate: v })} />
          </div>
          <MilestonesEditor plan={plan} />
        </Group>
        <Group n={5}>
          <YesNo label={t('actionPlans.questions.q5')} value={plan.externalSupport} onChange={(externalSupport) => save({ externalSupport })} />
          {plan.externalSupport === true && <SupportServices plan={plan} />}
          <TextField name="externalSupportNote" label={t('actionPlans.support.note')} value={plan.externalSupportNote} onCommit={(v) => save({ externalSupportNote: v })} />
        </Group>
        <Group n={6}>
          <SupportersPicker plan={plan} stakeholders={context.stakeholders} />
          <ProviderSuggestions plan={plan} stakeholders={context.stakeholders} />
        </Group>
        {text(7, 'governmentRules')}
        <Group n={8}><BudgetTable plan={plan} /></Group>
        {text(9, 'monitoring')}
      </ol>
    </div>
  );
}
