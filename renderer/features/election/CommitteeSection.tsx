import { useState } from 'react';
import type { ElectionState } from '../../../shared/domain/election';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

/** The committee's chair and main members once every position is confirmed; they are in the CEDC list. */
export function CommitteeSection({ record, election }: { record: MeetingRecord; election: ElectionState }) {
  const t = useT();
  const paper = usePaper();
  const projectId = useProjects((s) => s.current?.id);
  const [busy, setBusy] = useState(false);
  const rows = election.positions.flatMap((p) => p.outcome.winners.map((w) => {
    const c = p.candidates.find((x) => x.id === w);
    return { key: `${p.id}-${w}`, title: p.title, name: c?.name ?? '', organisation: c?.organisation ?? '' };
  }));
  const render = async () => {
    if (!projectId) return;
    setBusy(true);
    await renderDocument({ projectId, paper, meetingId: record.id, kind: 'election-record' });
    setBusy(false);
  };

  return (
    <section className="board" aria-labelledby="committee-title">
      <h2 id="committee-title">{t('organisation.committee.title')}</h2>
      <table className="data board-table">
        <thead>
          <tr><th>{t('organisation.board.position')}</th><th>{t('organisation.board.name')}</th><th>{t('organisation.board.organisation')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => <tr key={r.key}><td>{r.title}</td><td className="board-name">{r.name}</td><td>{r.organisation}</td></tr>)}
        </tbody>
      </table>
      <p className="hint" role="status">{t('organisation.committee.shown')}</p>
      <div className="toolbar facilitator-only">
        {projectId && (
          <button type="button" onClick={() => useUi.getState().navigate({ name: 'project', projectId, area: 'cedc' })}>{t('organisation.committee.open')}</button>
        )}
        <button type="button" disabled={busy} onClick={() => void render()}>{t('organisation.docs.electionRecord')}</button>
        {busy && <span className="hint">{t('meetings.docs.rendering')}</span>}
      </div>
    </section>
  );
}
