import { Tabs } from '../../components/Tabs';
import { useLanguage, useT } from '../../i18n';
import { ElectionTab } from '../election/ElectionTab';
import { AgendaTab } from './AgendaTab';
import { AttendanceTab } from './AttendanceTab';
import { DocumentsTab } from './DocumentsTab';
import { MeetingDetails } from './MeetingDetails';
import { meetingDate, meetingTime } from './meetingFormat';
import { useMeetings, type EditorTab } from './meetingsStore';
import { RulesTab } from './RulesTab';
import { Translation } from '../../components/Translation';

const tabLabel = {
  detail: 'meetings.tabs.detail', agenda: 'meetings.tabs.agenda', attendance: 'meetings.tabs.attendance',
  rules: 'meetings.tabs.rules', documents: 'meetings.tabs.documents', election: 'organisation.tab',
} as const;
// The election (FGD-2 and the general meeting) lives in its own feature; its tab id is added here only.
type Tab = EditorTab | 'election';

/** One meeting: its details, the minutes typed live, attendance, FGD-1 rules and documents. */
export function MeetingEditor({ projectId }: { projectId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const record = useMeetings((s) => s.record);
  const tab = useMeetings((s): Tab => s.tab);
  const { setTab, open } = useMeetings.getState();
  if (!record) return <p>{t('common.loading')}</p>;
  // Draft rules belong to FGD-1 (guideline ANNEX-2 step 5) only.
  const tabs: Tab[] = record.kind === 'fgd1' ? ['detail', 'agenda', 'attendance', 'rules', 'documents']
    : record.kind === 'fgd2' || record.kind === 'general' ? ['detail', 'agenda', 'attendance', 'election', 'documents'] : ['detail', 'agenda', 'attendance', 'documents'];
  const shown = tabs.includes(tab) ? tab : 'detail';
  const when = [meetingDate(record.date, lang), meetingTime(record, (start) => t('meetings.timeOpenEnd', { start })), record.place].filter(Boolean);

  return (
    <section className="meeting-editor" aria-labelledby="meeting-title">
      <header className="view-header">
        <div>
          <button type="button" className="link back facilitator-only" onClick={() => open(null)}>← {t('meetings.backToList')}</button>
          <h1 id="meeting-title">{record.title}</h1>
          <Translation text={record.title} />
          <p className="meta">{[t(`meetings.kinds.${record.kind}`), ...when].join(' · ')}</p>
        </div>
      </header>
      <Tabs label={record.title} tabs={tabs.map((id) => ({ id, label: t(id === 'election' && record.kind === 'general' ? 'organisation.elects.tabGeneral' : tabLabel[id]) }))} selected={shown} onSelect={(id) => setTab(id as EditorTab)}>
        {shown === 'detail' && <MeetingDetails record={record} />}
        {shown === 'agenda' && <AgendaTab record={record} />}
        {shown === 'attendance' && <AttendanceTab record={record} />}
        {shown === 'rules' && <RulesTab meetingId={record.id} />}
        {shown === 'election' && <ElectionTab record={record} />}
        {shown === 'documents' && <DocumentsTab record={record} projectId={projectId} />}
      </Tabs>
    </section>
  );
}
