import type { IndicatorReading } from '../../../shared/domain/indicator';
import { formatPercent } from '../../../shared/actionPlans/format';
import { useLanguage, useT } from '../../i18n';
import { showMeasure } from './format';
import { monthLabel } from './months';
import { StatusChip } from './StatusChip';

/** Each indicator's actual against its target, with how far along it should be by then. */
export function ReadingsTable({ readings }: { readings: IndicatorReading[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  if (readings.length === 0) return <p className="empty">{t('actionPlans.indicators.none')}</p>;
  return (
    <table className="data readings-table">
      <thead>
        <tr>
          <th>{t('actionPlans.indicators.description')}</th><th className="num">{t('actionPlans.indicators.target')}</th>
          <th className="num">{t('actionPlans.performance.capaian')}</th><th>{t('actionPlans.performance.period')}</th><th><span className="sr-only">%</span></th><th />
        </tr>
      </thead>
      <tbody>
        {readings.map((r) => (
          <tr key={r.indicatorId} className={`reading-${r.status}`}>
            <td>{r.description}</td>
            <td className="num">{showMeasure(r.target)} {r.unit}</td>
            <td className="num">{r.actual === null ? '–' : `${showMeasure(r.actual)} ${r.unit}`}</td>
            <td>{r.period ? monthLabel(r.period, lang) : '–'}</td>
            <td className="progress-cell">
              <span className="bar" aria-hidden="true"><span style={{ width: `${Math.max(0, Math.min(100, Math.round((r.progress ?? 0) * 100)))}%` }} /></span>
              {r.progress !== null && <span className="meta">{t('actionPlans.pdca.progress', { pct: formatPercent(r.progress) })} · {t('actionPlans.pdca.expected', { pct: formatPercent(r.expected) })}</span>}
            </td>
            <td><StatusChip status={r.status} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
