import { useState } from 'react';
import type { ActionPlan, Milestone } from '../../../shared/domain/actionPlan';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { usePlanSave } from './usePlanSave';
import { DateField } from '../../components/DateField';

/** Question 4's milestones: a title and a date each; the whole list is saved as one undo step. */
export function MilestonesEditor({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const list = plan.milestones;
  const put = (i: number, patch: Partial<Milestone>) => save({ milestones: list.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  return (
    <div className="milestones">
      <h3>{t('actionPlans.schedule.milestones')}</h3>
      <ol>
        {list.map((m, i) => (
          <li key={i} className="milestone-row">
            <CommitInput value={m.title} required label={t('actionPlans.schedule.milestoneTitle', { n: i + 1 })} onCommit={(v) => put(i, { title: v })} />
            <CommitInput type="date" value={m.date} label={t('actionPlans.schedule.milestoneDate', { n: i + 1 })} onCommit={(v) => put(i, { date: v })} />
            <button type="button" className="link danger facilitator-only" aria-label={t('actionPlans.schedule.removeMilestone', { n: i + 1 })}
              onClick={() => void save({ milestones: list.filter((_, k) => k !== i) })}>×</button>
          </li>
        ))}
      </ol>
      <form className="milestone-row new-row facilitator-only" onSubmit={async (e) => {
        e.preventDefault();
        if (!title.trim()) return;
        if (await save({ milestones: [...list, { title: title.trim(), date }] })) { setTitle(''); setDate(''); }
      }}>
        <input className="inline-field boxed" aria-label={t('actionPlans.schedule.newMilestone')} placeholder={t('actionPlans.schedule.newMilestone')} maxLength={300}
          value={title} onChange={(e) => setTitle(e.target.value)} />
        <DateField live inputClassName="inline-field boxed" label={t('actionPlans.schedule.milestoneDate', { n: list.length + 1 })} value={date} onCommit={setDate} />
        <button type="submit" disabled={!title.trim() || list.length >= 50}>{t('actionPlans.schedule.addMilestone')}</button>
      </form>
    </div>
  );
}
