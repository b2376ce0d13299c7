import type { VisionVersion } from '../../../shared/domain/vision';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { meetingLabel } from '../meetings/meetingFormat';
import { useMeetings } from '../meetings/meetingsStore';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useUi } from '../shell/uiStore';
import { useVision } from './visionStore';

/** One numbered draft: the vision, its numbered missions, who proposed it and where; adopted or not. */
export function VersionCard({ version: v, onAdopt }: { version: VisionVersion; onAdopt: () => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const meetings = useMeetings((s) => s.list);
  const paper = usePaper();
  const projectId = useVision((s) => s.projectId);
  const meetingName = (id: string | null) => {
    const m = id ? meetings?.find((x) => x.id === id) : undefined;
    return m ? meetingLabel(m, lang) : '';
  };
  const title = t('meetings.vision.versionN', { n: v.number });
  const remove = async () => {
    if (await useVision.getState().edit('vision.delete', { id: v.id })) useUi.getState().notify('meetings.vision.deleted', { n: v.number });
  };

  return (
    <li className={`version-card ${v.adoptedAt ? 'adopted' : ''}`} aria-label={title}>
      <header>
        <h2>{title}</h2>
        {v.adoptedAt && (
          <span className="badge adopted-badge">
            {t('meetings.vision.adoptedIn', { meeting: meetingName(v.adoptedMeetingId) || t('meetings.vision.unknownMeeting') })}
          </span>
        )}
      </header>
      <h3>{t('meetings.vision.vision')}</h3>
      <p className="vision-text">{v.vision}</p>
      {v.missions.length > 0 && (
        <>
          <h3>{t('meetings.vision.missions')}</h3>
          <ol className="mission-list">{v.missions.map((m, i) => <li key={i}>{m}</li>)}</ol>
        </>
      )}
      <p className="meta">
        {[
          v.proposedBy && t('meetings.vision.proposedByLine', { who: v.proposedBy }),
          v.meetingId && t('meetings.vision.inMeeting', { meeting: meetingName(v.meetingId) }),
          formatDate(v.createdAt.slice(0, 10), lang),
        ].filter(Boolean).join(' · ')}
      </p>
      {v.note && <p className="meta facilitator-only">{v.note}</p>}
      <div className="toolbar facilitator-only">
        <button type="button" onClick={onAdopt} aria-label={`${t('meetings.vision.adopt')} (${title})`}>{t('meetings.vision.adopt')}</button>
        <button type="button" onClick={() => projectId && void renderDocument({ projectId, kind: 'vision-mission', versionId: v.id, paper })}
          aria-label={`${t('meetings.vision.documentOfVersion')} (${title})`}>{t('meetings.vision.documentOfVersion')}</button>
        {!v.adoptedAt && (
          <button type="button" className="danger" onClick={() => void remove()} aria-label={`${t('common.delete')} (${title})`}>{t('common.delete')}</button>
        )}
      </div>
    </li>
  );
}
