import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { EvaluationFields } from '../../../shared/domain/evaluation';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useActionPlans, type PlanContext } from './actionPlansStore';
import { MeetingSelect } from '../meetings/MeetingSelect';
import { today } from './months';
import { ReadingsTable } from './ReadingsTable';

/** The mid-term evaluation (Check): actual against target at its month, problems, improvement plan, decision. */
export function MidtermPanel({ plan, context }: { plan: ActionPlan; context: PlanContext }) {
  const t = useT();
  const edit = useActionPlans((s) => s.edit);
  const e = plan.midterm;
  const save = async (fields: Partial<EvaluationFields>) => (await edit('actionPlans.saveEvaluation', { planId: plan.id, kind: 'midterm', ...fields })) !== null;
  return (
    <section className="evaluation" aria-labelledby="midterm-title">
      <h2 id="midterm-title">{t('actionPlans.pdca.midterm')}</h2>
      <p className="hint facilitator-only">{t('actionPlans.pdca.midtermHint')}</p>
      {!e ? (
        <>
          <button type="button" className="facilitator-only" disabled={plan.stage === 'plan'} onClick={() => void save({ date: today() })}>{t('actionPlans.pdca.midtermStart')}</button>
          {plan.stage === 'plan' && <p className="hint">{t('errors.plan_not_started')}</p>}
        </>
      ) : (
        <>
          <div className="form grid">
            <TextField name="midterm-date" type="date" label={t('actionPlans.pdca.date')} value={e.date} onCommit={(date) => save({ date })} />
            <MeetingSelect label={t('actionPlans.pdca.meeting')} noneLabel={t('actionPlans.pdca.noMeeting')} id="midterm-meeting" value={e.meetingId} meetings={context.meetings} onChange={(meetingId) => void save({ meetingId })} />
          </div>
          <h3>{t('actionPlans.pdca.readings')}</h3>
          <ReadingsTable readings={e.readings} />
          <div className="form grid">
            <TextField name="midterm-problems" multiline label={t('actionPlans.pdca.problems')} value={e.problems} onCommit={(problems) => save({ problems })} />
            <TextField name="midterm-improvement" multiline label={t('actionPlans.pdca.improvementPlan')} value={e.improvementPlan} onCommit={(improvementPlan) => save({ improvementPlan })} />
            <TextField name="midterm-decision" multiline className="wide" label={t('actionPlans.pdca.decision')} value={e.decision} onCommit={(decision) => save({ decision })} />
          </div>
          <button type="button" className="link danger facilitator-only" onClick={() => void edit('actionPlans.deleteEvaluation', { planId: plan.id, kind: 'midterm' })}>{t('actionPlans.pdca.removeMidterm')}</button>
        </>
      )}
    </section>
  );
}
