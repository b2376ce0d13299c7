import { useState } from 'react';
import { ANNEX1_BASES } from '../../../shared/diagnosis/annex1';
import type { QuestionnaireProfile } from '../../../shared/domain/questionnaire';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDiagnosis } from './diagnosisStore';
import { colourOf, ProfileChart } from './ProfileChart';
import { Purposes } from './Purposes';

/** Compared by default: the latest rounds, as many as the chart keeps readable. */
const DEFAULT_COMPARED = 3;

/** The profile of the eight Bases: rounds to compare, the chart, and the same numbers as a table. */
export function ProfilePanel() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const profile = useDiagnosis((s) => s.profile);
  const [picked, setPicked] = useState<string[] | null>(null);
  if (!profile) return <p>{t('common.loading')}</p>;
  if (profile.rounds.length === 0) return <><Purposes /><p className="empty">{t('diagnosis.chart.none')}</p></>;
  const all = profile.rounds.map((r) => r.id);
  const chosen = (picked ?? all.slice(-DEFAULT_COMPARED)).filter((id) => all.includes(id));
  const toggle = (id: string) => setPicked(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const shown: QuestionnaireProfile = {
    ...profile,
    rounds: profile.rounds.filter((r) => chosen.includes(r.id)),
    bases: profile.bases.map((b) => ({ ...b, cells: b.cells.filter((c) => chosen.includes(c.roundId)) })),
  };
  const colourIndex = (id: string) => all.indexOf(id);

  return (
    <div className="profile-panel">
      <Purposes />
      <fieldset className="round-picker">
        <legend>{t('diagnosis.chart.rounds')}</legend>
        {profile.rounds.map((r) => (
          <label key={r.id} className="round-pick">
            <input type="checkbox" checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} />
            <span className="swatch" style={{ background: colourOf(colourIndex(r.id)) }} aria-hidden="true" />
            <span>{r.title}{r.date ? ` (${formatDate(r.date, lang)})` : ''}</span>
            {r.respondents > 1 && <span className="meta">{t('diagnosis.sitting.median', { n: r.respondents })}</span>}
            {r.total !== null && <span className="meta">{t('diagnosis.totalOf', { total: r.total, max: profile.maxTotal })}</span>}
          </label>
        ))}
      </fieldset>
      {shown.rounds.length === 0 ? <p className="empty">{t('diagnosis.chart.pick')}</p> : (
        <>
          <h2 className="sr-only">{t('diagnosis.chart.title')}</h2>
          <ProfileChart profile={shown} colourIndex={colourIndex} />
          <details className="profile-table">
            <summary>{t('diagnosis.chart.table')}</summary>
            <table className="data">
              <thead>
                <tr><th scope="col">Base</th>{shown.rounds.map((r) => <th key={r.id} scope="col">{r.title}</th>)}</tr>
              </thead>
              <tbody>
                {shown.bases.map((b) => (
                  <tr key={b.base}>
                    <th scope="row">{b.base}. {ANNEX1_BASES[b.base - 1]!.title[lang]}</th>
                    {b.cells.map((c) => <td key={c.roundId} className="num">{c.grade ?? '–'}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      <p className="scale-note">{t('diagnosis.scaleNote')}</p>
    </div>
  );
}
