import { useEffect, useState } from 'react';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { useActionPlans } from './actionPlansStore';
import { showMeasure } from './format';
import { StageBadge } from './StageBadge';
import { StatusChip } from './StatusChip';
import './actionPlans.css';

/** On the project's home: each plan's PDCA stage and where its indicators stand. */
export function PlansOverview({ projectId }: { projectId: string }) {
  const t = useT();
  const revision = useProjects((s) => s.revision);
  const [plans, setPlans] = useState<ActionPlan[]>([]);
  useEffect(() => {
    let live = true;
    call('actionPlans.list', { projectId }).then((p) => live && setPlans(p), () => undefined);
    return () => { live = false; };
  }, [projectId, revision]);
  if (plans.length === 0) return null;
  const open = (id: string) => {
    useActionPlans.getState().use(projectId);
    useUi.getState().navigate({ name: 'project', projectId, area: 'actionPlans' });
    useActionPlans.getState().open(id);
  };
  return (
    <section className="plans-overview" aria-labelledby="plans-overview-title">
      <h2 id="plans-overview-title">{t('actionPlans.home.heading')}</h2>
      <ul>
        {plans.map((p) => (
          <li key={p.id}>
            <button type="button" className="link plan-open" onClick={() => open(p.id)}>{p.title}</button> <StageBadge plan={p} />
            {p.readings.length > 0 && (
              <ul className="overview-readings">
                {p.readings.map((r) => (
                  <li key={r.indicatorId}>
                    {r.description}: {r.actual === null ? '–' : showMeasure(r.actual)} / {showMeasure(r.target)} {r.unit} <StatusChip status={r.status} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
