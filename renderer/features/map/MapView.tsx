import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useRegistryLoaded } from '../stakeholders/useRegistryLoaded';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useMapState } from './mapState';
import { markArrived } from './mapMarks';
import { MapTab } from './MapTab';
import { MetricsPanel } from './MetricsPanel';
import { useNetworkMetrics } from './useNetworkMetrics';
import './map.css';

const tabs = ['map', 'metrics'] as const;
type Tab = (typeof tabs)[number];

/** "Peta & metrik": the stakeholder map, and the five network measures explained. */
export function MapView() {
  const t = useT();
  const loaded = useRegistryLoaded();
  const projectId = useRegistry((s) => s.projectId);
  const [tab, setTab] = useState<Tab>('map');
  useNetworkMetrics();
  // Filters and the search focus belong to one project; coming back to the same one keeps them.
  useEffect(() => {
    if (projectId) useMapState.getState().enterProject(projectId);
  }, [projectId]);
  if (!loaded) return <p>{t('common.loading')}</p>;
  markArrived('registry');

  return (
    <section className="map-view" aria-labelledby="map-title">
      <header className="view-header map-header">
        <h1 id="map-title">{t('nav.map')}</h1>
        <div role="tablist" className="tabs" aria-label={t('nav.map')}>
          {tabs.map((id) => (
            <button key={id} type="button" role="tab" id={`map-tab-${id}`} aria-selected={tab === id} aria-controls="map-panel"
              onClick={() => setTab(id)}>{t(`map.tabs.${id}`)}</button>
          ))}
        </div>
      </header>
      <div role="tabpanel" id="map-panel" aria-labelledby={`map-tab-${tab}`}>
        {tab === 'map' ? <MapTab /> : <MetricsPanel />}
      </div>
    </section>
  );
}
