import { useState } from 'react';
import { formatTanggal } from '../../../shared/indonesian';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { Organisation } from '../../../shared/domain/organisation';
import { useLanguage, useT, type Language } from '../../i18n';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useProjects } from '../project/projectStore';
import { useElection } from './electionStore';

function dateText(iso: string, lang: Language): string {
  if (!iso) return '';
  try {
    return lang === 'id' ? formatTanggal(iso) : new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}

/** The board once every position is confirmed: the table, the announcement (FGD-2), its documents. */
export function BoardSection({ record, organisation: org }: { record: MeetingRecord; organisation: Organisation }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const paper = usePaper();
  const projectId = useProjects((s) => s.current?.id);
  const [busy, setBusy] = useState(false);
  const announced = org.announcedMeetingId === record.id;
  const term = (start: string, end: string) => [dateText(start, lang), dateText(end, lang)].filter(Boolean).join(' – ');
  const render = async (kind: 'election-record' | 'board-list') => {
    if (!projectId) return;
    setBusy(true);
    await renderDocument({ projectId, paper, meetingId: record.id, kind });
    setBusy(false);
  };

  return (
    <section className="board" aria-labelledby="board-title">
      <h2 id="board-title">{t('organisation.board.title')}</h2>
      <table className="data board-table">
        <thead>
          <tr>
            <th>{t('organisation.board.position')}</th><th>{t('organisation.board.name')}</th>
            <th>{t('organisation.board.organisation')}</th><th>{t('organisation.board.term')}</th>
          </tr>
        </thead>
        <tbody>
          {org.board.map((m) => (
            <tr key={m.id}>
              <td>{m.positionTitle}</td><td className="board-name">{m.name}</td><td>{m.organisation}</td><td>{term(m.termStart, m.termEnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* FGD-2 forms and announces the organisation; a later general meeting only re-elects. */}
      {record.kind !== 'fgd2' ? null : announced ? (
        <p className="announced" role="status">{t('organisation.board.announced')}</p>
      ) : (
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => void useElection.getState().edit('organisation.announce', { meetingId: record.id })}>
            {t('organisation.board.announce')}
          </button>
          <span className="hint facilitator-only">{t('organisation.board.announceHint')}</span>
        </div>
      )}
      <div className="toolbar facilitator-only">
        <button type="button" disabled={busy} onClick={() => void render('election-record')}>{t('organisation.docs.electionRecord')}</button>
        <button type="button" disabled={busy} onClick={() => void render('board-list')}>{t('organisation.docs.boardList')}</button>
        {busy && <span className="hint">{t('meetings.docs.rendering')}</span>}
      </div>
    </section>
  );
}
