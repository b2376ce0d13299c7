import { useRef } from 'react';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useFitText } from './useFitText';
import { useLiveRead } from './useLiveRead';

/** The vision and mission big enough to read out together: the adopted version, else the latest draft. */
export function PresentVision({ projectId }: { projectId: string }) {
  const t = useT();
  const versions = useLiveRead(projectId, () => call('vision.list', { projectId }), projectId);
  const box = useRef<HTMLDivElement>(null);
  const shown = versions ? (versions.find((v) => v.adoptedAt) ?? versions.at(-1)) : undefined;
  useFitText(box, 24, 88, [shown]);
  if (!versions) return <p className="present-note">{t('presentation.loading')}</p>;
  if (!shown) return <p className="present-note">{t('presentation.vision.empty')}</p>;

  return (
    <section className="present-vision" aria-labelledby="present-vision-title">
      <p className="present-kicker">
        {shown.adoptedAt ? `${t('presentation.vision.version', { number: shown.number })} · ${t('presentation.vision.adopted')}`
          : t('presentation.vision.draft', { number: shown.number })}
      </p>
      <div ref={box} className="present-fit present-text">
        <h1 id="present-vision-title" className="present-label">{t('presentation.vision.heading')}</h1>
        <p className="present-vision-text">{shown.vision}</p>
        {shown.missions.length > 0 && (
          <>
            <h2 className="present-label">{t('presentation.vision.missions')}</h2>
            <ol className="present-missions">{shown.missions.map((m, i) => <li key={i}>{m}</li>)}</ol>
          </>
        )}
      </div>
    </section>
  );
}
