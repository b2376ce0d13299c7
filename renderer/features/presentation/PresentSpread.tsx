import { useRef } from 'react';
import { ANNEX1_BASES, STATEMENT_COUNT } from '../../../shared/diagnosis/annex1';
import { call } from '../../api';
import { useLanguage, useT } from '../../i18n';
import { useFitText } from './useFitText';
import { useLiveRead } from './useLiveRead';

const STATEMENTS = Array.from({ length: STATEMENT_COUNT }, (_, i) => i + 1);

/** The room's ANNEX-1 answers per Base, counted per statement as the phones send them, the median marked. */
export function PresentSpread({ projectId, sittingId }: { projectId: string; sittingId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const spread = useLiveRead(projectId, () => call('questionnaires.spread', { projectId, sittingId }), sittingId);
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, 24, 48, [spread]);
  if (!spread) return <p className="present-note">{t('presentation.loading')}</p>;

  return (
    <section className="present-spread" aria-labelledby="present-spread-title">
      <h1 id="present-spread-title" className="present-title">{spread.title}</h1>
      <p className="present-kicker">{t('diagnosis.sitting.respondents', { count: spread.respondents, complete: spread.complete })}</p>
      <div ref={box} className="present-fit">
        <table className="present-table present-spread-table" aria-label={t('diagnosis.sitting.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">Base</th>
              {STATEMENTS.map((n) => <th key={n} scope="col" className="num" aria-label={t('diagnosis.sitting.statement', { n })}>{n}</th>)}
            </tr>
          </thead>
          <tbody>
            {spread.bases.map((b) => (
              <tr key={b.base}>
                <th scope="row">{b.base}. {ANNEX1_BASES[b.base - 1]!.title[lang]}</th>
                {b.counts.map((count, i) => (
                  <td key={i} className={b.median === i + 1 ? 'num median' : 'num'} data-testid={`present-spread-${b.base}-${i + 1}`}>{count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="present-kicker">{t('presentation.spread.legend')}</p>
    </section>
  );
}
