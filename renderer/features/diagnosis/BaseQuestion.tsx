import type { Annex1Base } from '../../../shared/diagnosis/annex1';
import { gradeOf } from '../../../shared/diagnosis/scale';
import type { Answer } from '../../../shared/domain/questionnaire';
import { TextField } from '../../components/TextField';
import { useLanguage, useT } from '../../i18n';
import { Base2Hint } from './Base2Hint';
import { useDiagnosis } from './diagnosisStore';

/** One Base: its five statements as one radio group (best first), and a note. */
export function BaseQuestion({ roundId, base, answer }: { roundId: string; base: Annex1Base; answer: Answer }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const legend = `${t('diagnosis.base', { n: base.number })}. ${base.title[lang]}`;
  const choose = (choice: number) => void useDiagnosis.getState().answer(roundId, base.number, { choice });
  return (
    <fieldset className="base-question">
      <legend>{legend}</legend>
      {base.number === 2 && <Base2Hint roundId={roundId} chosen={answer.choice} />}
      <div className="statements">
        {base.statements.map((s, i) => (
          <label key={s.id} className={answer.choice === i + 1 ? 'statement chosen' : 'statement'} title={lang === 'en' ? s.id : undefined}>
            <input type="radio" name={`base-${base.number}`} checked={answer.choice === i + 1} onChange={() => choose(i + 1)} />
            <span className="statement-text">{s[lang]}</span>
            <span className="grade" aria-hidden="true">{gradeOf(i + 1)}*</span>
          </label>
        ))}
      </div>
      <TextField name={`base-${base.number}-note`} className="base-note" label={t('diagnosis.fields.baseNote', { n: base.number })} value={answer.note}
        onCommit={async (note) => (await useDiagnosis.getState().answer(roundId, base.number, { note: note.trim() })) !== null} />
    </fieldset>
  );
}
