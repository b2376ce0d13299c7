import { useEffect } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useCedc, type CedcTab } from './cedcStore';
import { DecreeTab } from './DecreeTab';
import { LetterTab } from './LetterTab';
import { MembersTab } from './MembersTab';
import '../meetings/meetings.css';
import './cedc.css';

/** "Komite (CEDC)": who is proposed, the request letter to the regional head and the draft decree (step 4). */
export function CedcView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const data = useCedc((s) => s.data);
  const loadedFor = useCedc((s) => s.projectId);
  const tab = useCedc((s) => s.tab);
  // Again after undo, redo or a restore (the revision), which may change any part.
  useEffect(() => {
    if (projectId) void useCedc.getState().load(projectId);
  }, [projectId, revision]);
  const tabs: { id: CedcTab; label: string }[] = [
    { id: 'members', label: t('cedc.tabs.members') },
    { id: 'letter', label: t('cedc.tabs.letter') },
    { id: 'decree', label: t('cedc.tabs.decree') },
  ];

  return (
    <section aria-labelledby="cedc-title" className="cedc">
      <header className="view-header">
        <h1 id="cedc-title">{t('cedc.title')}</h1>
      </header>
      <p className="hint facilitator-only">{t('cedc.intro')}</p>
      {!projectId || !data || loadedFor !== projectId ? <p>{t('common.loading')}</p> : (
        <Tabs label={t('cedc.tabsLabel')} tabs={tabs} selected={tab} onSelect={useCedc.getState().setTab}>
          {tab === 'members' && <MembersTab data={data} />}
          {tab === 'letter' && <LetterTab data={data} projectId={projectId} />}
          {tab === 'decree' && <DecreeTab data={data} projectId={projectId} />}
        </Tabs>
      )}
    </section>
  );
}
