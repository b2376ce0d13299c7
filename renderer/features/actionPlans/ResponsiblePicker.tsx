import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import type { PlanContext } from './actionPlansStore';
import { usePlanSave } from './usePlanSave';

/** Question 3: a board member or someone from the registry; name and role stay editable as printed. */
export function ResponsiblePicker({ plan, context }: { plan: ActionPlan; context: PlanContext }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  const board = context.board.find((m) => m.name === plan.responsibleName && (m.stakeholderId ?? null) === plan.responsibleStakeholderId);
  const current = board ? `board:${board.id}` : plan.responsibleStakeholderId ? `stakeholder:${plan.responsibleStakeholderId}` : '';
  const pick = (value: string) => {
    const [kind, id] = value.split(':');
    if (kind === 'board') {
      const m = context.board.find((x) => x.id === id);
      if (m) void save({ responsibleName: m.name, responsibleRole: `${m.positionTitle} ${context.organisationName}`.trim(), responsibleStakeholderId: m.stakeholderId });
    } else if (kind === 'stakeholder') {
      const s = context.stakeholders.find((x) => x.id === id);
      if (s) void save({ responsibleName: s.name, responsibleRole: s.role || s.organisation, responsibleStakeholderId: s.id });
    }
  };
  return (
    <div className="plan-responsible">
      <div className="field">
        <label htmlFor="plan-responsible">{t('actionPlans.responsible.pick')}</label>
        <select id="plan-responsible" value={current} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('actionPlans.responsible.none')}</option>
          {context.board.length > 0 && (
            <optgroup label={t('actionPlans.responsible.board')}>
              {context.board.map((m) => <option key={m.id} value={`board:${m.id}`}>{m.positionTitle}: {m.name}</option>)}
            </optgroup>
          )}
          <optgroup label={t('actionPlans.responsible.registry')}>
            {context.stakeholders.map((s) => <option key={s.id} value={`stakeholder:${s.id}`}>{s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name}</option>)}
          </optgroup>
        </select>
      </div>
      <TextField name="responsibleName" label={t('actionPlans.responsible.name')} value={plan.responsibleName} onCommit={(v) => save({ responsibleName: v })} />
      <TextField name="responsibleRole" label={t('actionPlans.responsible.role')} value={plan.responsibleRole} onCommit={(v) => save({ responsibleRole: v })} />
    </div>
  );
}
