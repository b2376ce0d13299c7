import { useT } from '../../i18n';
import { useDiagnosis } from './diagnosisStore';

/** Base 2 from the registry's count of core firms: the reason, and one click to take it. */
export function Base2Hint({ roundId, chosen }: { roundId: string; chosen: number | null }) {
  const t = useT();
  const s = useDiagnosis((st) => st.suggestion);
  if (!s) return null;
  return (
    <div className="base2-hint" role="note">
      <span>{t('diagnosis.suggestion.text', { count: s.coreFirms, choice: s.choice })}</span>
      {chosen === s.choice
        ? <span className="meta">{t('diagnosis.suggestion.chosen')}</span>
        : <button type="button" onClick={() => void useDiagnosis.getState().answer(roundId, 2, { choice: s.choice })}>{t('diagnosis.suggestion.accept')}</button>}
    </div>
  );
}
