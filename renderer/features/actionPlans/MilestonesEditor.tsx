import { useRef } from 'react';
import type { ActionPlan, Milestone } from '../../../shared/domain/actionPlan';
import { useT } from '../../i18n';
import { useNewRow } from '../../lib/useNewRow';
import { CommitInput } from '../meetings/CommitInput';
import { usePlanSave } from './usePlanSave';
import { DateField } from '../../components/DateField';

/**
 * Saves the milestones, each change built on the list as last sent: the whole list is one
 * field, so a change sent while another is being saved would otherwise be built on the list
 * without it, and undo it. The plan's own list is taken again once nothing is on its way.
 */
function useMilestonesSave(plan: ActionPlan): (change: (list: Milestone[]) => Milestone[]) => Promise<boolean> {
  const save = usePlanSave(plan.id);
  const sending = useRef(0);
  const sent = useRef(plan.milestones);
  if (sending.current === 0) sent.current = plan.milestones;
  const saved = useRef(plan.milestones);
  saved.current = plan.milestones;
  return async (change) => {
    const next = change(sent.current);
    if (next === sent.current) return true; // the milestone changed is gone meanwhile
    sent.current = next;
    sending.current += 1;
    const ok = await save({ milestones: next });
    sending.current -= 1;
    // Refused: what was sent after it was built on it, so the list goes back to the saved one.
    if (!ok) sent.current = saved.current;
    return ok;
  };
}

/**
 * Where a milestone as shown stands in the list as last sent: the same place, unless changes
 * on their way moved it; -1 when one of them changed or removed it.
 */
function placeOf(list: Milestone[], shown: Milestone, i: number): number {
  const same = (m: Milestone | undefined) => m?.title === shown.title && m.date === shown.date;
  return same(list[i]) ? i : list.findIndex(same);
}

/** Question 4's milestones: a title and a date each; the whole list is saved as one undo step. */
export function MilestonesEditor({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const save = useMilestonesSave(plan);
  const row = useNewRow({ title: '', date: '' });
  const list = plan.milestones;
  const put = (i: number, patch: Partial<Milestone>) => save((now) => {
    const at = placeOf(now, list[i]!, i);
    return at < 0 ? now : now.map((m, k) => (k === at ? { ...m, ...patch } : m));
  });
  const remove = (i: number) => save((now) => {
    const at = placeOf(now, list[i]!, i);
    return at < 0 ? now : now.filter((_, k) => k !== at);
  });
  return (
    <div className="milestones">
      <h3>{t('actionPlans.schedule.milestones')}</h3>
      <ol>
        {list.map((m, i) => (
          <li key={i} className="milestone-row">
            <CommitInput value={m.title} required label={t('actionPlans.schedule.milestoneTitle', { n: i + 1 })} onCommit={(v) => put(i, { title: v })} />
            <CommitInput type="date" value={m.date} label={t('actionPlans.schedule.milestoneDate', { n: i + 1 })} onCommit={(v) => put(i, { date: v })} />
            <button type="button" className="link danger facilitator-only" aria-label={t('actionPlans.schedule.removeMilestone', { n: i + 1 })}
              onClick={() => void remove(i)}>×</button>
          </li>
        ))}
      </ol>
      <form className="milestone-row new-row facilitator-only" onSubmit={(e) => {
        e.preventDefault();
        if (!row.fields.title.trim()) return;
        void row.send(({ title, date }) => save((now) => [...now, { title: title.trim(), date }]));
      }}>
        <input className="inline-field boxed" aria-label={t('actionPlans.schedule.newMilestone')} placeholder={t('actionPlans.schedule.newMilestone')} maxLength={300}
          value={row.fields.title} onChange={(e) => row.set('title', e.target.value)} />
        <DateField live inputClassName="inline-field boxed" label={t('actionPlans.schedule.milestoneDate', { n: list.length + 1 })} value={row.fields.date} onCommit={(v) => row.set('date', v)} />
        <button type="submit" disabled={!row.fields.title.trim() || list.length >= 50}>{t('actionPlans.schedule.addMilestone')}</button>
      </form>
    </div>
  );
}
