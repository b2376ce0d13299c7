import type { QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { MAX_TOTAL } from '../../../shared/diagnosis/scale';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDiagnosis } from './diagnosisStore';

/** One round: who answered, when, how far, and its total on the workbench's scale. */
export function RoundRow({ round: r, nested = false }: { round: QuestionnaireRound; nested?: boolean }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const label = nested ? r.respondent || r.title : r.title;
  return (
    <li className={nested ? 'round-item nested' : 'round-item'} aria-label={label}>
      <button type="button" className="link round-open" aria-label={t('diagnosis.openOf', { title: label })}
        onClick={() => useDiagnosis.getState().open(r.id)}>{label}</button>
      {!nested && <span className="meta">{r.date ? formatDate(r.date, lang) : t('diagnosis.noDate')}</span>}
      {!nested && <span className="meta">{[r.respondent, r.meetingTitle].filter(Boolean).join(' · ')}</span>}
      <span className="meta">{t('diagnosis.answeredOf', { answered: r.answered })}</span>
      {r.total !== null && <span className="meta round-total">{t('diagnosis.totalOf', { total: r.total, max: MAX_TOTAL })}</span>}
    </li>
  );
}
