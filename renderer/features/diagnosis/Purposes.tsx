import { ANNEX1_PURPOSES } from '../../../shared/diagnosis/annex1';
import { useLanguage, useT } from '../../i18n';

/** The questionnaire's four purposes, in the guideline's order: the header of its profile. */
export function Purposes() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <section className="purposes" aria-labelledby="purposes-title">
      <h2 id="purposes-title">{t('diagnosis.purposes')}</h2>
      <ol>{ANNEX1_PURPOSES.map((p) => <li key={p.id}>{p[lang]}</li>)}</ol>
    </section>
  );
}
