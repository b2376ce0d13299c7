import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { PaperSelect } from '../meetings/PaperSelect';
import { useUi } from '../shell/uiStore';
import { useActionPlans, useOpenPlan, type PlanTab } from './actionPlansStore';
import { DocButton } from './DocButton';
import { PdcaTab } from './PdcaTab';
import { PdmTab } from './PdmTab';
import { QuestionsTab } from './QuestionsTab';
import { StageBadge } from './StageBadge';

/** One plan: the nine questions, its PDM and indicators, its PDCA stage and records. */
export function PlanEditor({ projectId }: { projectId: string }) {
  const t = useT();
  const plan = useOpenPlan();
  const tab = useActionPlans((s) => s.planTab);
  const context = useActionPlans((s) => s.context);
  const [deleting, setDeleting] = useState(false);
  if (!plan || !context) return <p>{t('common.loading')}</p>;
  const tabs: { id: PlanTab; label: string }[] = [
    { id: 'questions', label: t('actionPlans.planTabs.questions') }, { id: 'pdm', label: t('actionPlans.planTabs.pdm') },
    { id: 'pdca', label: t('actionPlans.planTabs.pdca') },
  ];
  const remove = async () => {
    setDeleting(false);
    if (await useActionPlans.getState().edit('actionPlans.delete', { id: plan.id })) useUi.getState().notify('actionPlans.deleted', { title: plan.title });
  };

  return (
    <section aria-labelledby="plan-title" className="plan-editor">
      <button type="button" className="link back" onClick={() => useActionPlans.getState().open(null)}>← {t('actionPlans.back')}</button>
      <header className="view-header plan-header">
        <div>
          <h1 id="plan-title">{plan.title}</h1>
          <p className="meta">
            {t(`actionPlans.areas.${plan.area}`)} · <StageBadge plan={plan} />
            {plan.source && <> · {t('actionPlans.fields.source', { theme: plan.source.theme, label: plan.source.label })}</>}
          </p>
        </div>
        <div className="toolbar facilitator-only">
          <DocButton projectId={projectId} request={{ kind: 'action-plan', planId: plan.id }} label={t('actionPlans.docs.actionPlan')} primary />
          <DocButton projectId={projectId} request={{ kind: 'pdm', planId: plan.id }} label={t('actionPlans.docs.pdm')} />
          <PaperSelect />
          <button type="button" className="link danger" onClick={() => setDeleting(true)}>{t('actionPlans.deletePlan')}</button>
        </div>
      </header>
      <Tabs label={t('actionPlans.planTabsLabel')} tabs={tabs} selected={tab} onSelect={useActionPlans.getState().setPlanTab}>
        {tab === 'questions' && <QuestionsTab plan={plan} context={context} />}
        {tab === 'pdm' && <PdmTab plan={plan} />}
        {tab === 'pdca' && <PdcaTab plan={plan} context={context} />}
      </Tabs>
      {deleting && (
        <Dialog title={t('actionPlans.deleteTitle')} onClose={() => setDeleting(false)}
          footer={<>
            <button type="button" autoFocus onClick={() => setDeleting(false)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={() => void remove()}>{t('common.delete')}</button>
          </>}>
          <p>{t('actionPlans.deleteBody', { title: plan.title })}</p>
        </Dialog>
      )}
    </section>
  );
}
