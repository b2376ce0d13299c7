import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { LetterheadDialog } from '../letterhead/LetterheadDialog';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { useMeetings, type EditorTab } from './meetingsStore';
import { NewMeetingDialog } from './NewMeetingDialog';
import './meetings.css';

// Tab ids the editor knows ('election' is FGD-2's, added by the editor); others open the details.
const TABS: string[] = ['detail', 'agenda', 'attendance', 'rules', 'documents', 'election'];

/** The "Rapat" area: the list of meetings, or the one being edited. */
export function MeetingsView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const openId = useMeetings((s) => s.openId);
  const detail = useUi((s) => (s.route.name === 'project' && s.route.area === 'meetings' ? s.route.detail : undefined));
  const [dialog, setDialog] = useState<'new' | 'letterhead' | null>(null);
  useEffect(() => {
    if (!projectId) return;
    useMeetings.getState().use(projectId);
    void useMeetings.getState().refresh();
  }, [projectId, revision]);
  // People checking in by phone appear in the attendance list as they do.
  useProjectChanges(projectId, () => void useMeetings.getState().refresh());
  // The address names the open meeting and tab ("meetings/<id>/agenda"): a reload reopens them,
  // and the address without one (coming back to the area, Back) shows the list.
  useEffect(() => {
    if (!projectId) return;
    const [id, tab] = detail?.split('/') ?? [];
    const store = useMeetings.getState();
    if ((id ?? null) !== store.openId) store.open(id ?? null);
    if (id && tab && TABS.includes(tab as EditorTab) && tab !== useMeetings.getState().tab) store.setTab(tab as EditorTab);
  }, [projectId, detail]);
  useEffect(() => () => useMeetings.getState().open(null), []);
  if (!projectId) return null;
  if (openId) return <MeetingEditor projectId={projectId} />;

  return (
    <section aria-labelledby="meetings-title">
      <header className="view-header">
        <h1 id="meetings-title">{t('meetings.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setDialog('new')}>{t('meetings.new')}</button>
          <button type="button" onClick={() => setDialog('letterhead')}>{t('meetings.letterhead.button')}</button>
        </div>
      </header>
      <p className="hint facilitator-only">{t('meetings.intro')}</p>
      <MeetingList />
      {dialog === 'new' && <NewMeetingDialog onClose={() => setDialog(null)} />}
      {dialog === 'letterhead' && <LetterheadDialog onClose={() => setDialog(null)} />}
    </section>
  );
}
