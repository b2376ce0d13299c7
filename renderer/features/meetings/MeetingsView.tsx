import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { LetterheadDialog } from '../letterhead/LetterheadDialog';
import { useProjects } from '../project/projectStore';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { useMeetings } from './meetingsStore';
import { NewMeetingDialog } from './NewMeetingDialog';
import './meetings.css';

/** The "Rapat" area: the list of meetings, or the one being edited. */
export function MeetingsView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const openId = useMeetings((s) => s.openId);
  const [dialog, setDialog] = useState<'new' | 'letterhead' | null>(null);
  useEffect(() => {
    if (!projectId) return;
    useMeetings.getState().use(projectId);
    void useMeetings.getState().refresh();
  }, [projectId, revision]);
  // People checking in by phone appear in the attendance list as they do.
  useProjectChanges(projectId, () => void useMeetings.getState().refresh());
  // The address says "meetings", so coming back to the area (or reloading) shows the list.
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
