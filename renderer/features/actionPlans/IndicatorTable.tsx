import { useState } from 'react';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { IndicatorLevel } from '../../../shared/domain/indicator';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { useActionPlans } from './actionPlansStore';
import { parseMeasure } from './format';
import { MeasureInput } from './MeasureInput';

/** The indicators of one PDM row: description, unit (satuan), baseline, target, means of verification. */
export function IndicatorTable({ plan, level }: { plan: ActionPlan; level: IndicatorLevel }) {
  const t = useT();
  const edit = useActionPlans((s) => s.edit);
  const list = plan.indicators.filter((i) => i.level === level);
  const [draft, setDraft] = useState({ description: '', unit: '', baseline: '', target: '', means: '' });
  const levelName = t(`actionPlans.levels.${level}`);
  const numbers = [parseMeasure(draft.baseline), parseMeasure(draft.target)];
  const valid = draft.description.trim() !== '' && numbers.every((n) => !Number.isNaN(n));
  const field = (key: keyof typeof draft, label: string, className = '') => (
    <input className={`inline-field boxed ${className}`} aria-label={`${label} (${t('actionPlans.indicators.newDescription', { level: levelName })})`} placeholder={label}
      value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
  );
  const of = (field: string, name: string) => t('actionPlans.indicators.fieldOf', { field, name });
  return (
    <div className="indicators">
      {list.length === 0 ? <p className="empty">{t('actionPlans.indicators.none')}</p> : (
      <table className="data indicator-table" aria-label={`${t('actionPlans.pdm.indicators')}: ${levelName}`}>
        <thead>
          <tr>
            <th>{t('actionPlans.indicators.description')}</th><th>{t('actionPlans.indicators.unit')}</th><th className="num">{t('actionPlans.indicators.baseline')}</th>
            <th className="num">{t('actionPlans.indicators.target')}</th><th>{t('actionPlans.indicators.means')}</th><th className="facilitator-only"><span className="sr-only">×</span></th>
          </tr>
        </thead>
        <tbody>
          {list.map((i) => (
            <tr key={i.id}>
              <td><CommitInput value={i.description} required wrap label={of(t('actionPlans.indicators.description'), i.description)} onCommit={(description) => edit('indicators.update', { id: i.id, description })} /></td>
              <td className="unit"><CommitInput value={i.unit} label={of(t('actionPlans.indicators.unit'), i.description)} onCommit={(unit) => edit('indicators.update', { id: i.id, unit })} /></td>
              <td className="num"><MeasureInput value={i.baseline} label={of(t('actionPlans.indicators.baseline'), i.description)} onCommit={(baseline) => edit('indicators.update', { id: i.id, baseline })} /></td>
              <td className="num"><MeasureInput value={i.target} label={of(t('actionPlans.indicators.target'), i.description)} onCommit={(target) => edit('indicators.update', { id: i.id, target })} /></td>
              <td><CommitInput value={i.means} wrap label={of(t('actionPlans.indicators.means'), i.description)} onCommit={(means) => edit('indicators.update', { id: i.id, means })} /></td>
              <td className="facilitator-only"><button type="button" className="link danger" aria-label={t('actionPlans.indicators.remove', { name: i.description })} onClick={() => void edit('indicators.delete', { id: i.id })}>×</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
      <form className="indicator-new facilitator-only" onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        const [baseline, target] = numbers as [number | null, number | null];
        const out = await edit('indicators.create', { planId: plan.id, level, description: draft.description.trim(), unit: draft.unit.trim(), baseline, target, means: draft.means.trim() });
        if (out) setDraft({ description: '', unit: '', baseline: '', target: '', means: '' });
      }}>
        {field('description', t('actionPlans.indicators.description'), 'wide')}
        {field('unit', t('actionPlans.indicators.unit'), 'unit')}
        {field('baseline', t('actionPlans.indicators.baseline'), 'measure')}
        {field('target', t('actionPlans.indicators.target'), 'measure')}
        {field('means', t('actionPlans.indicators.means'))}
        <button type="submit" disabled={!valid}>{t('actionPlans.indicators.add')}</button>
      </form>
    </div>
  );
}
