import { useEffect, useState, type ReactNode } from 'react';
import type { ElectionTarget } from '../../../shared/domain/election';
import type { MethodInput } from '../../../shared/contract';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { call } from '../../api';
import { useT, type TKey } from '../../i18n';
import { LetterheadDialog } from '../letterhead/LetterheadDialog';
import { PaperSelect, usePaper } from './PaperSelect';
import { renderDocument } from './renderDocument';

/**
 * What the meeting's election elects, for its berita acara: FGD-2 always holds one; a general
 * meeting only once its election is set up.
 */
function useElects(record: MeetingRecord, projectId: string): ElectionTarget | null {
  const [state, setState] = useState<{ meetingId: string; elects: ElectionTarget | null } | null>(null);
  const holds = record.kind === 'fgd2' || record.kind === 'general';
  useEffect(() => {
    if (!holds) return;
    let live = true;
    call('election.get', { projectId, meetingId: record.id })
      .then((e) => { if (live) setState({ meetingId: record.id, elects: e.positions.length || record.kind === 'fgd2' ? e.elects : null }); })
      .catch(() => { if (live) setState({ meetingId: record.id, elects: record.kind === 'fgd2' ? 'board' : null }); });
    return () => { live = false; };
  }, [holds, projectId, record.id, record.kind]);
  if (!holds) return null;
  if (state?.meetingId === record.id) return state.elects;
  return record.kind === 'fgd2' ? 'board' : null;
}

type Request = Omit<MethodInput<'documents.render'>, 'projectId' | 'paper' | 'meetingId'>;

/** "Dokumen": the attendance list before and after the meeting, and the minutes, as Word files. */
export function DocumentsTab({ record, projectId }: { record: MeetingRecord; projectId: string }) {
  const t = useT();
  const paper = usePaper();
  const [blankRows, setBlankRows] = useState(10);
  const [busy, setBusy] = useState<string | null>(null);
  const [letterhead, setLetterhead] = useState(false);
  const row = (key: string, label: TKey, request: Request, hint: ReactNode) => (
    <section className="doc-row">
      <button type="button" className="primary" disabled={busy !== null} onClick={async () => {
        setBusy(key);
        await renderDocument({ projectId, paper, meetingId: record.id, ...request });
        setBusy(null);
      }}>
        {t(label)}
      </button>
      <div className="hint">{busy === key ? t('meetings.docs.rendering') : hint}</div>
    </section>
  );
  const elects = useElects(record, projectId);
  const invited = record.attendees.filter((a) => a.invited).length;
  const present = record.attendees.filter((a) => a.present).length;

  return (
    <div className="documents">
      <p className="hint facilitator-only">{t('meetings.docs.hint')}</p>
      <div className="toolbar">
        <PaperSelect />
        <button type="button" className="facilitator-only" onClick={() => setLetterhead(true)}>{t('meetings.letterhead.button')}</button>
      </div>
      {row('before', 'meetings.docs.attendanceBefore', { kind: 'attendance', variant: 'before', blankRows }, (
        <>
          {t('meetings.docs.attendanceBeforeHint', { invited })}{' '}
          <label className="inline-label">
            {t('meetings.docs.blankRows')}
            <input type="number" min={0} max={200} value={blankRows}
              onChange={(e) => setBlankRows(Math.max(0, Math.min(200, Math.round(Number(e.target.value) || 0))))} />
          </label>
        </>
      ))}
      {row('after', 'meetings.docs.attendanceAfter', { kind: 'attendance', variant: 'after' }, t('meetings.docs.attendanceAfterHint', { present }))}
      {row('minutes', 'meetings.docs.minutes', { kind: 'minutes' }, t('meetings.docs.minutesHint'))}
      {elects && row('election-record', 'organisation.docs.electionRecord', { kind: 'election-record' },
        t(elects === 'committee' ? 'organisation.docs.electionRecordHintCommittee'
          : record.kind === 'general' ? 'organisation.docs.electionRecordHintGeneral' : 'organisation.docs.electionRecordHint'))}
      {elects === 'board' && row('board-list', 'organisation.docs.boardList', { kind: 'board-list' }, t('organisation.docs.boardListHint'))}
      {letterhead && <LetterheadDialog onClose={() => setLetterhead(false)} />}
    </div>
  );
}
