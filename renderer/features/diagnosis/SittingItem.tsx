import { BASE_COUNT } from '../../../shared/diagnosis/annex1';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { ParticipationButton } from '../participation/ParticipationButton';
import { sessionOf, useParticipationStatus } from '../participation/participationStore';
import { useDiagnosis } from './diagnosisStore';
import { RoundRow } from './RoundRow';
import type { Sitting } from './sittings';

/** A sitting answered on phones: how many answered, its spread, going on with it, and each respondent's round. */
export function SittingItem({ projectId, sitting: s }: { projectId: string; sitting: Sitting }) {
  const t = useT();
  const lang = useLanguage((st) => st.lang);
  const complete = s.rounds.filter((r) => r.answered === BASE_COUNT).length;
  const target = { kind: 'questionnaire' as const, id: s.id, title: s.title, meetingId: s.meetingId, date: s.date };
  // While open, the toolbar's session button is the one place to reach it.
  const live = !!sessionOf(useParticipationStatus(projectId), target);
  return (
    <li className="round-item sitting" aria-label={s.title}>
      <button type="button" className="link round-open" aria-label={t('diagnosis.sitting.spreadOf', { title: s.title })}
        onClick={() => useDiagnosis.getState().showSpread(s.id)}>{s.title}</button>
      <span className="meta">{s.date ? formatDate(s.date, lang) : t('diagnosis.noDate')}</span>
      {s.meetingTitle && <span className="meta">{s.meetingTitle}</span>}
      <span className="meta sitting-count">{t('diagnosis.sitting.respondents', { count: s.rounds.length, complete })}</span>
      <span className="sitting-actions facilitator-only">
        <button type="button" onClick={() => useDiagnosis.getState().showSpread(s.id)}>{t('diagnosis.sitting.spread')}</button>
        {live ? <span className="badge live">{t('diagnosis.sitting.live')}</span>
          : <ParticipationButton projectId={projectId} defaultJoinMode="pick_or_type" label={t('diagnosis.sitting.continue')} target={target} />}
      </span>
      <details className="sitting-rounds">
        <summary>{t('diagnosis.sitting.each', { count: s.rounds.length })}</summary>
        <ul className="round-list">{s.rounds.map((r) => <RoundRow key={r.id} round={r} nested />)}</ul>
      </details>
    </li>
  );
}
