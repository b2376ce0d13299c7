import type { QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { MAX_TOTAL } from '../../../shared/diagnosis/scale';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDiagnosis } from './diagnosisStore';

/** Every round, oldest first: who answered, when, how far, and its total on the workbench's scale. */
export function RoundList({ rounds }: { rounds: QuestionnaireRound[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  if (rounds.length === 0) return <p className="empty">{t('diagnosis.empty')}</p>;
  return (
    <>
      <ul className="round-list" aria-label={t('diagnosis.tabs.rounds')}>
        {rounds.map((r) => (
          <li key={r.id} className="round-item" aria-label={r.title}>
            <button type="button" className="link round-open" aria-label={t('diagnosis.openOf', { title: r.title })}
              onClick={() => useDiagnosis.getState().open(r.id)}>{r.title}</button>
            <span className="meta">{r.date ? formatDate(r.date, lang) : t('diagnosis.noDate')}</span>
            <span className="meta">{[r.respondent, r.meetingTitle].filter(Boolean).join(' · ')}</span>
            <span className="meta">{t('diagnosis.answeredOf', { answered: r.answered })}</span>
            {r.total !== null && <span className="meta round-total">{t('diagnosis.totalOf', { total: r.total, max: MAX_TOTAL })}</span>}
          </li>
        ))}
      </ul>
      {rounds.some((r) => r.total !== null) && <p className="scale-note">{t('diagnosis.scaleNote')}</p>}
    </>
  );
}
