import { useId } from 'react';
import { QUORUM_RULES, type Quorum, type QuorumRule } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** "Hadir 41 dari 52 anggota · kuorum (lebih dari separuh) 27 · TERPENUHI", with the rule to apply. */
export function QuorumPanel({ meetingId, quorum }: { meetingId: string; quorum: Quorum }) {
  const t = useT();
  const ruleId = useId();
  return (
    <section className={`quorum ${quorum.met ? 'met' : 'not-met'}`} aria-label={t('organisation.quorum.title')}>
      <p className="quorum-line" role="status">
        {t('organisation.quorum.line', { present: quorum.present, members: quorum.members, rule: t(`organisation.quorum.rules.${quorum.rule}`), required: quorum.required })}
        {' · '}
        <strong>{t(quorum.met ? 'organisation.quorum.met' : 'organisation.quorum.notMet')}</strong>
      </p>
      <label className="inline-label facilitator-only" htmlFor={ruleId}>
        {t('organisation.quorum.rule')}
        <select id={ruleId} value={quorum.rule}
          onChange={(e) => void useElection.getState().edit('election.setQuorumRule', { meetingId, rule: e.target.value as QuorumRule })}>
          {QUORUM_RULES.map((r) => <option key={r} value={r}>{t(`organisation.quorum.ruleOptions.${r}`)}</option>)}
        </select>
      </label>
      {quorum.members === 0 && <p className="hint">{t('organisation.quorum.noMembers')}</p>}
      {quorum.members > 0 && !quorum.met && <p className="hint">{t('organisation.quorum.notMetHint')}</p>}
    </section>
  );
}
