import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { EvaluationFields } from '../../../shared/domain/evaluation';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useActionPlans, type PlanContext } from './actionPlansStore';
import { MeetingSelect } from '../meetings/MeetingSelect';
import { today } from './months';

/** The closing record: outputs shared with the stakeholders in a meeting, lessons for future plans. */
export function ClosingPanel({ plan, context }: { plan: ActionPlan; context: PlanContext }) {
  const t = useT();
  const edit = useActionPlans((s) => s.edit);
  const e = plan.closing;
  const save = async (fields: Partial<EvaluationFields>) => (await edit('actionPlans.saveEvaluation', { planId: plan.id, kind: 'closing', ...fields })) !== null;
  return (
    <section className="evaluation" aria-labelledby="closing-title">
      <h2 id="closing-title">{t('actionPlans.pdca.closing')}</h2>
      <p className="hint facilitator-only">{t('actionPlans.pdca.closingHint')}</p>
      {!e ? (
        <>
          <button type="button" className="facilitator-only" disabled={plan.stage === 'plan'} onClick={() => void save({ date: today() })}>{t('actionPlans.pdca.closingStart')}</button>
          {plan.stage === 'plan' && <p className="hint">{t('errors.plan_not_started')}</p>}
        </>
      ) : (
        <>
          <div className="form grid">
            <TextField name="closing-date" type="date" label={t('actionPlans.pdca.closingDate')} value={e.date} onCommit={(date) => save({ date })} />
            <MeetingSelect label={t('actionPlans.pdca.meeting')} noneLabel={t('actionPlans.pdca.noMeeting')} id="closing-meeting" value={e.meetingId} meetings={context.meetings} onChange={(meetingId) => void save({ meetingId })} />
            <TextField name="closing-outputs" multiline label={t('actionPlans.pdca.outputsShared')} value={e.outputsShared} onCommit={(outputsShared) => save({ outputsShared })} />
            <TextField name="closing-lessons" multiline label={t('actionPlans.pdca.lessons')} value={e.lessons} onCommit={(lessons) => save({ lessons })} />
          </div>
          <button type="button" className="facilitator-only" onClick={() => void edit('actionPlans.deleteEvaluation', { planId: plan.id, kind: 'closing' })}>{t('actionPlans.pdca.reopen')}</button>
        </>
      )}
    </section>
  );
}
