import { useLanguage, useT } from '../../i18n';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { explainMetrics, spreadSentence } from './explainMetrics';
import { formatMetric } from './formatMetric';
import { METRICS } from './mapState';
import { MetricsTable } from './MetricsTable';
import { useMetrics } from './useNetworkMetrics';
import './map.css';

/** The five network measures, explained for this cluster in plain words, then the full table. */
export function MetricsPanel() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const { rows, loaded } = useMetrics();
  const { stakeholders, relations } = useRegistry();
  if (!loaded) return <p>{t('common.loading')}</p>;
  if (relations.length === 0) return <p className="empty">{t('map.metrics.empty')}</p>;
  const fmt = (v: number) => formatMetric(v, lang);
  const stories = explainMetrics(rows, METRICS, stakeholders, relations, t, fmt);
  const spread = spreadSentence(stories, t);

  return (
    <div className="metrics">
      <p className="metrics-intro">{t('map.metrics.intro')}{spread && <> <strong>{spread}</strong></>}</p>
      <div className="metric-cards">
        {stories.map((s) => (
          <section key={s.metric} className="metric-card" aria-labelledby={`metric-${s.metric}`}>
            <h2 id={`metric-${s.metric}`}>{t(`map.metric.${s.metric}`)} <span className="metric-gloss">{t(`map.metricGloss.${s.metric}`)}</span></h2>
            {s.top.length > 0 && (
              <ol className="metric-top" aria-label={t('map.metrics.top3')}>
                {s.top.map((r) => <li key={r.stakeholderId}><span>{r.name}</span> <span className="num">{fmt(r[s.metric])}</span></li>)}
              </ol>
            )}
            {s.sentences.map((text) => <p key={text}>{text}</p>)}
          </section>
        ))}
      </div>
      <h2>{t('map.metrics.tableTitle')}</h2>
      <MetricsTable rows={rows} />
    </div>
  );
}
