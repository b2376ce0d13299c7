import { ANNEX1_BASES, STATEMENT_COUNT } from '../../../shared/diagnosis/annex1';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { ParticipationButton } from '../participation/ParticipationButton';
import { PaperSelect } from '../meetings/PaperSelect';
import { Annex1Button } from './Annex1Button';
import { useDiagnosis } from './diagnosisStore';

const STATEMENTS = Array.from({ length: STATEMENT_COUNT }, (_, i) => i + 1);

/**
 * "Sebaran jawaban": how the phones of one sitting answered each Base. A row per Base, a cell per
 * statement with its count and a bar of its share, the median marked; it follows the phones live.
 */
export function SpreadPanel({ projectId }: { projectId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const spread = useDiagnosis((s) => s.spread);
  const rounds = useDiagnosis((s) => s.rounds);
  const back = <button type="button" className="link back" onClick={() => useDiagnosis.getState().showSpread(null)}>← {t('diagnosis.back')}</button>;
  if (!spread) return <section className="diagnosis">{back}<p>{t('common.loading')}</p></section>;
  // The meeting is known from the sitting's rounds; going on names it again, so picked names still work.
  const meetingId = rounds?.find((r) => r.sittingId === spread.sittingId)?.meetingId ?? null;
  const target = { kind: 'questionnaire' as const, id: spread.sittingId, title: spread.title, meetingId, date: spread.date };
  return (
    <section aria-labelledby="spread-heading" className="diagnosis spread-panel">
      {back}
      <header className="view-header">
        <div>
          <h1 id="spread-heading">{t('diagnosis.sitting.spreadTitle', { title: spread.title })}</h1>
          <p className="meta" data-testid="spread-summary">
            {[spread.date ? formatDate(spread.date, lang) : null, spread.meetingTitle,
              t('diagnosis.sitting.respondents', { count: spread.respondents, complete: spread.complete })].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="toolbar facilitator-only">
          <Annex1Button projectId={projectId} sittingId={spread.sittingId} primary />
          <PaperSelect />
          <ParticipationButton projectId={projectId} defaultJoinMode="pick_or_type" label={t('diagnosis.sitting.continue')} target={target} />
        </div>
      </header>
      <div className="table-scroll">
        <table className="data spread-table" aria-label={t('diagnosis.sitting.tableLabel')}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>Base</th>
              <th scope="colgroup" colSpan={STATEMENT_COUNT} className="spread-group">{t('diagnosis.sitting.statements')}</th>
              <th scope="col" rowSpan={2} className="num">{t('diagnosis.sitting.answered')}</th>
            </tr>
            <tr>{STATEMENTS.map((n) => <th key={n} scope="col" className="num" aria-label={t('diagnosis.sitting.statement', { n })}>{n}</th>)}</tr>
          </thead>
          <tbody>
            {spread.bases.map((b) => {
              const base = ANNEX1_BASES[b.base - 1]!;
              const most = Math.max(1, ...b.counts);
              return (
                <tr key={b.base}>
                  <th scope="row" className="spread-base">{t('diagnosis.base', { n: b.base })} <span className="spread-base-title">{base.title[lang]}</span></th>
                  {b.counts.map((count, i) => (
                    <td key={i} className={b.median === i + 1 ? 'num spread-cell median' : 'num spread-cell'}
                      title={base.statements[i]![lang]} data-testid={`spread-${b.base}-${i + 1}`}>
                      <span className="spread-bar" style={{ width: `${(count / most) * 100}%` }} aria-hidden="true" />
                      <span className="spread-count">{count}</span>
                    </td>
                  ))}
                  <td className="num">{b.answered}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('diagnosis.sitting.legend')}</p>
    </section>
  );
}
