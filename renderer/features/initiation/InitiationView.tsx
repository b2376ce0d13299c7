import { useEffect, useState } from 'react';
import type { MethodInput, MethodName } from '../../../shared/contract';
import { INITIATION_FUNDING, type InitiationActivity, type InitiationPlan } from '../../../shared/domain/initiationPlan';
import { MEETING_KINDS } from '../../../shared/domain/meeting';
import { formatRupiah } from '../../../shared/indonesian';
import { call } from '../../api';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { CommitInput } from '../meetings/CommitInput';
import { renderDocument } from '../meetings/renderDocument';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import './initiation.css';

type PlanEdit = Extract<MethodName, 'initiation.prefill' | 'initiation.add' | 'initiation.update' | 'initiation.move' | 'initiation.delete'>;

/** The initiation plan (Stage 1): the guideline's steps with dates, outputs, linked meetings and budget. */
export function InitiationView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const [plan, setPlan] = useState<InitiationPlan | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!projectId) return;
    call('initiation.get', { projectId }).then(setPlan, (e) => useUi.getState().fail(e));
  }, [projectId, revision, tick]);
  // Meetings created elsewhere (or from phones) appear under their step.
  useProjectChanges(projectId, () => setTick((n) => n + 1));
  if (!projectId || !plan) return null;

  const edit = async <M extends PlanEdit>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => {
    try {
      setPlan(await call(method, { projectId, ...input } as MethodInput<M>) as InitiationPlan);
      await useProjects.getState().refreshHistory();
    } catch (e) {
      useUi.getState().fail(e);
    }
  };

  return (
    <section aria-labelledby="initiation-title" className="initiation">
      <header className="view-header">
        <h1 id="initiation-title">{t('initiation.title')}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => void renderDocument({ projectId, kind: 'initiation-plan' })}>{t('initiation.document')}</button>
        </div>
      </header>
      <p className="hint facilitator-only">{t('initiation.intro')}</p>
      {plan.activities.length === 0 ? (
        <div className="empty">
          <p>{t('initiation.empty')}</p>
          <button type="button" className="primary" onClick={() => void edit('initiation.prefill', {})}>{t('initiation.prefill')}</button>
        </div>
      ) : (
        <ol className="initiation-list">
          {plan.activities.map((a, i) => (
            <ActivityCard key={a.id} a={a} index={i} count={plan.activities.length} edit={edit} />
          ))}
        </ol>
      )}
      <form className="toolbar facilitator-only" onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('title') as HTMLInputElement;
        if (input.value.trim()) void edit('initiation.add', { title: input.value.trim() }).then(() => { input.value = ''; });
      }}>
        <input name="title" aria-label={t('initiation.newTitle')} placeholder={t('initiation.newPlaceholder')} maxLength={200} />
        <button type="submit">{t('initiation.add')}</button>
      </form>
      <p className="initiation-total" role="status">
        {t('initiation.total', { total: formatRupiah(plan.budgetTotal) })}
        {plan.budgetBySource.length > 0 && ` (${plan.budgetBySource.map((s) => `${t(`initiation.funding.${s.funding}`)} ${formatRupiah(s.amount)}`).join('; ')})`}
      </p>
    </section>
  );
}

interface CardProps {
  a: InitiationActivity;
  index: number;
  count: number;
  edit: <M extends PlanEdit>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<void>;
}

function ActivityCard({ a, index, count, edit }: CardProps) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const n = index + 1;
  const update = (patch: Omit<MethodInput<'initiation.update'>, 'projectId' | 'id'>) => edit('initiation.update', { id: a.id, ...patch });
  return (
    <li className="initiation-card" aria-label={t('initiation.activityN', { n, title: a.title })}>
      <div className="initiation-head">
        <span className="initiation-number">{n}.</span>
        <CommitInput wrap required value={a.title} label={t('initiation.titleN', { n })} onCommit={(title) => update({ title })} />
        <span className="tools facilitator-only">
          <button type="button" className="link" disabled={index === 0} aria-label={t('initiation.moveUpN', { n })} onClick={() => void edit('initiation.move', { id: a.id, index: index - 1 })}>▲</button>
          <button type="button" className="link" disabled={index === count - 1} aria-label={t('initiation.moveDownN', { n })} onClick={() => void edit('initiation.move', { id: a.id, index: index + 1 })}>▼</button>
          <button type="button" className="link danger" aria-label={t('initiation.deleteN', { n })} onClick={() => void edit('initiation.delete', { id: a.id })}>{t('common.delete')}</button>
        </span>
      </div>
      <div className="initiation-fields">
        <label>{t('initiation.start')}<CommitInput type="date" value={a.startDate} label={t('initiation.startN', { n })} onCommit={(startDate) => update({ startDate })} /></label>
        <label>{t('initiation.end')}<CommitInput type="date" value={a.endDate} label={t('initiation.endN', { n })} onCommit={(endDate) => update({ endDate })} /></label>
        <label>{t('initiation.meetingKind')}
          <select aria-label={t('initiation.meetingKindN', { n })} value={a.meetingKind ?? ''} onChange={(e) => void update({ meetingKind: (e.target.value || null) as typeof a.meetingKind })}>
            <option value="">{t('initiation.noMeeting')}</option>
            {MEETING_KINDS.map((k) => <option key={k} value={k}>{t(`meetings.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('initiation.budget')}
          <CommitInput type="number" value={String(a.budget)} label={t('initiation.budgetN', { n })}
            onCommit={(v) => update({ budget: Math.max(0, Math.round(Number(v) || 0)) })} inputProps={{ min: 0, step: 1000 }} />
        </label>
        <label>{t('initiation.fundingLabel')}
          <select aria-label={t('initiation.fundingN', { n })} value={a.funding} onChange={(e) => void update({ funding: e.target.value as typeof a.funding })}>
            {INITIATION_FUNDING.map((f) => <option key={f} value={f}>{t(`initiation.funding.${f}`)}</option>)}
          </select>
        </label>
      </div>
      <label className="initiation-output">{t('initiation.output')}
        <CommitInput multiline value={a.output} label={t('initiation.outputN', { n })} onCommit={(output) => update({ output })} />
      </label>
      {a.meetingKind && (
        <p className="meta">
          {a.meetings.length === 0
            ? t('initiation.noMeetingYet', { kind: t(`meetings.kinds.${a.meetingKind}`) })
            : a.meetings.map((m) => `${m.title}${m.date ? ` (${formatDate(m.date, lang)})` : ''}`).join(' · ')}
        </p>
      )}
    </li>
  );
}
