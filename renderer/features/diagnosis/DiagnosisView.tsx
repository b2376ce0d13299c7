import { useEffect, useState } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { PaperSelect } from '../meetings/PaperSelect';
import { onProjectChanges } from '../../lib/liveEvents';
import { useParticipationStatus } from '../participation/participationStore';
import { useProjects } from '../project/projectStore';
import { Annex1Button } from './Annex1Button';
import { useDiagnosis, type DiagnosisTab } from './diagnosisStore';
import { NewRoundDialog } from './NewRoundDialog';
import { ProfilePanel } from './ProfilePanel';
import { OutlinePanel } from './OutlinePanel';
import { PhoneSittingButton } from './PhoneSittingButton';
import { RoundEditor } from './RoundEditor';
import { RoundList } from './RoundList';
import { SpreadPanel } from './SpreadPanel';
import '../meetings/meetings.css';
import './diagnosis.css';

/** "Diagnosis klaster" (guideline Step 2): the ANNEX-1 rounds, one being answered, and the profile. */
export function DiagnosisView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const openId = useDiagnosis((s) => s.openId);
  const tab = useDiagnosis((s) => s.tab);
  const rounds = useDiagnosis((s) => s.rounds);
  const spreadId = useDiagnosis((s) => s.spreadId);
  const [creating, setCreating] = useState(false);
  // While phones answer a sitting, their answers show as they come (one read per burst).
  const phones = useParticipationStatus(projectId ?? null)?.kind === 'questionnaire';
  useEffect(() => (projectId && phones ? onProjectChanges(projectId, () => void useDiagnosis.getState().refresh(), { ms: 500 }) : undefined), [projectId, phones]);
  // Again after undo, redo or a restore (the revision), which may change any round.
  useEffect(() => {
    if (!projectId) return;
    useDiagnosis.getState().use(projectId);
    void useDiagnosis.getState().refresh();
  }, [projectId, revision]);
  // The address says "diagnosis": coming back to the area shows the list.
  useEffect(() => () => {
    useDiagnosis.getState().open(null);
    useDiagnosis.getState().showSpread(null);
  }, []);
  if (!projectId) return null;
  if (openId) return <RoundEditor projectId={projectId} />;
  if (spreadId) return <SpreadPanel projectId={projectId} />;
  const tabs: { id: DiagnosisTab; label: string }[] = [
    { id: 'rounds', label: t('diagnosis.tabs.rounds') }, { id: 'profile', label: t('diagnosis.tabs.profile') },
    { id: 'outline', label: t('diagnosis.tabs.outline') },
  ];

  return (
    <section aria-labelledby="diagnosis-title" className="diagnosis">
      <header className="view-header">
        <h1 id="diagnosis-title">{t('diagnosis.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setCreating(true)}>{t('diagnosis.newRound')}</button>
          <PhoneSittingButton projectId={projectId} />
          <Annex1Button projectId={projectId} />
          <PaperSelect />
        </div>
      </header>
      <p className="hint facilitator-only">{t('diagnosis.intro')}</p>
      {!rounds ? <p>{t('common.loading')}</p> : (
        <Tabs label={t('diagnosis.tabsLabel')} tabs={tabs} selected={tab} onSelect={useDiagnosis.getState().setTab}>
          {tab === 'rounds' && <RoundList projectId={projectId} rounds={rounds} />}
          {tab === 'profile' && <ProfilePanel />}
          {tab === 'outline' && <OutlinePanel projectId={projectId} />}
        </Tabs>
      )}
      {creating && <NewRoundDialog count={rounds?.length ?? 0} onClose={() => setCreating(false)} />}
    </section>
  );
}
