import { useEffect, useState } from 'react';
import type { VisionVersion } from '../../../shared/domain/vision';
import { useT } from '../../i18n';
import { PaperSelect, usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { AdoptDialog } from './AdoptDialog';
import { CompareDialog } from './CompareDialog';
import { VersionCard } from './VersionCard';
import { VersionForm } from './VersionForm';
import { useVision } from './visionStore';
import '../meetings/meetings.css';

/** "Visi & misi": the numbered drafts, their comparison, and adoption in a meeting (FGD-1). */
export function VisionView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const versions = useVision((s) => s.versions);
  const paper = usePaper();
  const [dialog, setDialog] = useState<{ name: 'new' | 'compare' } | { name: 'adopt'; version: VisionVersion } | null>(null);
  useEffect(() => {
    if (!projectId) return;
    void useVision.getState().load(projectId);
    // Meeting names for the "proposed in" and "adopted in" lines and selects.
    useMeetings.getState().use(projectId);
    void useMeetings.getState().refresh();
  }, [projectId, revision]);
  if (!projectId || !versions) return <p>{t('common.loading')}</p>;
  const adopted = versions.find((v) => v.adoptedAt);
  const latest = versions.at(-1);

  return (
    <section aria-labelledby="vision-title" className="vision">
      <header className="view-header">
        <h1 id="vision-title">{t('meetings.vision.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setDialog({ name: 'new' })}>{t('meetings.vision.newVersion')}</button>
          <button type="button" disabled={versions.length < 2} onClick={() => setDialog({ name: 'compare' })}>{t('meetings.vision.compare')}</button>
        </div>
      </header>
      <p className="hint facilitator-only">{t('meetings.vision.intro')}</p>
      <div className="toolbar facilitator-only">
        <button type="button" disabled={!latest} onClick={() => void renderDocument({ projectId, kind: 'vision-mission', paper, versionId: (adopted ?? latest)?.id })}>
          {t('meetings.vision.document')}
        </button>
        <PaperSelect />
      </div>
      {versions.length === 0 ? <p className="empty">{t('meetings.vision.empty')}</p> : (
        <ol className="version-list" reversed aria-label={t('meetings.vision.versions')}>
          {[...versions].reverse().map((v) => (
            <VersionCard key={v.id} version={v} onAdopt={() => setDialog({ name: 'adopt', version: v })} />
          ))}
        </ol>
      )}
      {dialog?.name === 'new' && <VersionForm from={latest ?? null} onClose={() => setDialog(null)} />}
      {dialog?.name === 'compare' && <CompareDialog versions={versions} onClose={() => setDialog(null)} />}
      {dialog?.name === 'adopt' && <AdoptDialog version={dialog.version} onClose={() => setDialog(null)} />}
    </section>
  );
}
