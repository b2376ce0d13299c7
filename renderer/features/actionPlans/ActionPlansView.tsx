import { useEffect, useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useActionPlans, type AreaTab } from './actionPlansStore';
import { AnnualTab } from './AnnualTab';
import { GanttChart } from './GanttChart';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanEditor } from './PlanEditor';
import { PlanList } from './PlanList';
import { ReportsTab } from './ReportsTab';
import '../meetings/meetings.css';
import './actionPlans.css';

/** "Rencana kegiatan" (guideline Step 6, and the annual plan of Step 4): the plans, or the one open. */
export function ActionPlansView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const openId = useActionPlans((s) => s.openId);
  const tab = useActionPlans((s) => s.areaTab);
  const plans = useActionPlans((s) => s.plans);
  const [creating, setCreating] = useState(false);
  // Again after undo, redo or a restore (the revision), which may change any plan.
  useEffect(() => {
    if (!projectId) return;
    useActionPlans.getState().use(projectId);
    void useActionPlans.getState().refresh();
  }, [projectId, revision]);
  // The address says "actionPlans": coming back to the area shows the list.
  useEffect(() => () => useActionPlans.getState().open(null), []);
  if (!projectId) return null;
  if (openId) return <PlanEditor projectId={projectId} />;
  const tabs: { id: AreaTab; label: string }[] = [
    { id: 'plans', label: t('actionPlans.tabs.plans') }, { id: 'schedule', label: t('actionPlans.tabs.schedule') },
    { id: 'annual', label: t('actionPlans.tabs.annual') }, { id: 'reports', label: t('actionPlans.tabs.reports') },
  ];

  return (
    <section aria-labelledby="action-plans-title" className="action-plans">
      <header className="view-header">
        <h1 id="action-plans-title">{t('actionPlans.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setCreating(true)}>{t('actionPlans.new')}</button>
        </div>
      </header>
      <p className="hint facilitator-only">{t('actionPlans.intro')}</p>
      {!plans ? <p>{t('common.loading')}</p> : (
        <Tabs label={t('actionPlans.tabsLabel')} tabs={tabs} selected={tab} onSelect={useActionPlans.getState().setAreaTab}>
          {tab === 'plans' && <PlanList plans={plans} />}
          {tab === 'schedule' && <GanttChart plans={plans} />}
          {tab === 'annual' && <AnnualTab projectId={projectId} />}
          {tab === 'reports' && <ReportsTab projectId={projectId} />}
        </Tabs>
      )}
      {creating && <NewPlanDialog projectId={projectId} onClose={() => setCreating(false)} />}
    </section>
  );
}
