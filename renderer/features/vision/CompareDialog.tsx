import { useEffect, useState } from 'react';
import type { VisionComparison, VisionVersion } from '../../../shared/domain/vision';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useVision } from './visionStore';

/** Two versions side by side as one text: added words highlighted, removed ones struck through. */
export function CompareDialog({ versions, onClose }: { versions: VisionVersion[]; onClose: () => void }) {
  const t = useT();
  const projectId = useVision((s) => s.projectId);
  const [beforeId, setBeforeId] = useState(versions.at(-2)?.id ?? '');
  const [afterId, setAfterId] = useState(versions.at(-1)?.id ?? '');
  const [diff, setDiff] = useState<VisionComparison | null>(null);
  useEffect(() => {
    if (!projectId || !beforeId || !afterId) return;
    let live = true;
    call('vision.compare', { projectId, beforeId, afterId }).then((d) => live && setDiff(d), (e) => useUi.getState().fail(e));
    return () => {
      live = false;
    };
  }, [projectId, beforeId, afterId]);
  const picker = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <label className="inline-label" htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => <option key={v.id} value={v.id}>{t('meetings.vision.versionN', { n: v.number })}</option>)}
      </select>
    </label>
  );

  return (
    <Dialog title={t('meetings.vision.compareTitle')} onClose={onClose} wide testId="vision-compare"
      footer={<button type="button" onClick={onClose}>{t('common.close')}</button>}>
      <div className="toolbar">
        {picker('compare-before', t('meetings.vision.from'), beforeId, setBeforeId)}
        {picker('compare-after', t('meetings.vision.to'), afterId, setAfterId)}
        <span className="hint legend"><ins>{t('meetings.vision.legendAdded')}</ins> <del>{t('meetings.vision.legendRemoved')}</del></span>
      </div>
      {!diff ? <p>{t('common.loading')}</p> : (
        <div className="vision-diff">
          <h3>{t('meetings.vision.vision')}</h3>
          <p className="vision-text" data-testid="vision-diff">
            {diff.vision.map((w, i) => {
              const word = w.kind === 'added' ? <ins>{w.text}</ins> : w.kind === 'removed' ? <del>{w.text}</del> : w.text;
              return <span key={i}>{word}{' '}</span>;
            })}
          </p>
          <h3>{t('meetings.vision.missions')}</h3>
          <ol className="mission-list mission-diff" data-testid="mission-diff">
            {diff.missions.map((m, i) => (
              <li key={i} className={`mission-${m.kind}`}>
                {m.kind === 'same' && m.after}
                {m.kind === 'added' && <><span className="diff-tag">{t('meetings.vision.missionAdded')}</span> <ins>{m.after}</ins></>}
                {m.kind === 'removed' && <><span className="diff-tag">{t('meetings.vision.missionRemoved')}</span> <del>{m.before}</del></>}
                {m.kind === 'changed' && <><span className="diff-tag">{t('meetings.vision.missionChanged')}</span> <del>{m.before}</del> → <ins>{m.after}</ins></>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Dialog>
  );
}
