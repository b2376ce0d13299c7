import { useState } from 'react';
import type { MetricsRow } from '../../../shared/domain/relation';
import { useLanguage, useT } from '../../i18n';
import { formatMetric } from './formatMetric';
import { METRICS, type MetricKey } from './mapState';

type SortKey = MetricKey | 'name';

/** All five measures for every stakeholder; a measure sorts highest first on the first click. */
export function MetricsTable({ rows }: { rows: MetricsRow[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'betweenness', descending: true });
  const toggle = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }));
  const sorted = [...rows].sort((a, b) => {
    const order = sort.key === 'name' ? a.name.localeCompare(b.name, lang) : a[sort.key] - b[sort.key];
    return (sort.descending ? -order : order) || a.name.localeCompare(b.name, lang);
  });
  const header = (key: SortKey, label: string) => (
    <th key={key} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={key === 'name' ? undefined : 'num'}>
      <button type="button" className="link" onClick={() => toggle(key)}>
        {label} {sort.key === key && <span aria-hidden="true">{sort.descending ? '▼' : '▲'}</span>}
      </button>
    </th>
  );

  return (
    <div className="table-scroll metrics-table">
      <table className="data" aria-label={t('map.metrics.tableTitle')}>
        <thead>
          <tr>
            {header('name', t('stakeholders.name'))}
            {METRICS.map((m) => header(m, t(`map.metric.${m}`)))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.stakeholderId}>
              <td>{r.name}</td>
              {METRICS.map((m) => <td key={m} className="num">{formatMetric(r[m], lang)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
