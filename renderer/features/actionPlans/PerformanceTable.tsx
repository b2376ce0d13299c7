import { useState } from 'react';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { useLanguage, useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useActionPlans } from './actionPlansStore';
import { parseMeasure, showMeasure } from './format';
import { monthLabel, thisMonth } from './months';
import { StatusChip } from './StatusChip';
import { InlineField } from './InlineField';

/** "Uraian Indikator | Satuan | Capaian": actuals per month, and where each is recorded. */
export function PerformanceTable({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const edit = useActionPlans((s) => s.edit);
  const periods = [...new Set(plan.indicators.flatMap((i) => i.actuals.map((a) => a.period)))].sort();
  const [indicatorId, setIndicatorId] = useState('');
  const [period, setPeriod] = useState(thisMonth());
  const [value, setValue] = useState('');
  const chosen = plan.indicators.find((i) => i.id === indicatorId) ?? plan.indicators[0];
  const n = parseMeasure(value);
  if (plan.indicators.length === 0) return null;
  const record = async () => {
    if (!chosen || Number.isNaN(n) || !/^\d{4}-\d{2}$/.test(period)) return;
    if (await edit('indicators.setActual', { id: chosen.id, period, value: n })) {
      setValue('');
      useUi.getState().notify('actionPlans.performance.recorded', { indicator: chosen.description, period: monthLabel(period, lang) });
    }
  };
  return (
    <section className="performance" aria-labelledby="performance-title">
      <h2 id="performance-title">{t('actionPlans.performance.heading')}</h2>
      <p className="hint facilitator-only">{t('actionPlans.performance.intro')}</p>
      <div className="table-scroll">
        <table className="data performance-table">
          <thead>
            <tr>
              <th>{t('actionPlans.indicators.description')}</th><th>{t('actionPlans.indicators.unit')}</th>
              <th className="num">{t('actionPlans.indicators.baseline')}</th><th className="num">{t('actionPlans.indicators.target')}</th>
              {periods.map((p) => <th key={p} className="num">{monthLabel(p, lang)}</th>)}
              <th>{t('actionPlans.performance.capaian')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.indicators.map((i) => {
              const byPeriod = new Map(i.actuals.map((a) => [a.period, a.value]));
              const reading = plan.readings.find((r) => r.indicatorId === i.id);
              return (
                <tr key={i.id}>
                  <td>{i.description}</td><td>{i.unit}</td><td className="num">{showMeasure(i.baseline)}</td><td className="num">{showMeasure(i.target)}</td>
                  {periods.map((p) => <td key={p} className="num">{showMeasure(byPeriod.get(p) ?? null)}</td>)}
                  <td>{reading && <StatusChip status={reading.status} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form className="toolbar facilitator-only" onSubmit={(e) => { e.preventDefault(); void record(); }}>
        <InlineField label={t('actionPlans.performance.indicator')}>
          {(id) => (
            <select id={id} value={chosen?.id ?? ''} onChange={(e) => setIndicatorId(e.target.value)}>
              {plan.indicators.map((i) => <option key={i.id} value={i.id}>{i.description}</option>)}
            </select>
          )}
        </InlineField>
        <InlineField label={t('actionPlans.performance.period')}>
          {(id) => <input id={id} type="month" value={period} onChange={(e) => setPeriod(e.target.value)} />}
        </InlineField>
        <InlineField label={t('actionPlans.performance.value')}>
          {(id) => <input id={id} className="measure" inputMode="decimal" value={value} aria-invalid={Number.isNaN(n) || undefined} onChange={(e) => setValue(e.target.value)} />}
        </InlineField>
        <button type="submit" disabled={Number.isNaN(n) || n === null}>{t('actionPlans.performance.record')}</button>
      </form>
    </section>
  );
}
