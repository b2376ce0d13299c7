import { useId } from 'react';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { CommitInput } from './CommitInput';
import { PositionsTable } from './PositionsTable';
import { useRules } from './useRules';

/** "Aturan organisasi" (FGD-1 agenda 3): the draft rules as data, later used by FGD-2 and the articles. */
export function RulesTab({ meetingId }: { meetingId: string }) {
  const t = useT();
  const termId = useId();
  const { rules, save } = useRules(meetingId);
  if (!rules) return <p>{t('common.loading')}</p>;

  return (
    <div className="rules">
      <p className="hint facilitator-only">{t('meetings.rules.hint')}</p>
      <h3 className="board-size" role="status">{t('meetings.rules.boardSize', { count: rules.boardSize })}</h3>
      <PositionsTable positions={rules.positions} onChange={(positions) => void save({ positions })} />
      <div className="form grid">
        <div className="field">
          <label htmlFor={termId}>{t('meetings.rules.termYears')}</label>
          <span className="term">
            <CommitInput id={termId} type="number" className="boxed count" value={rules.termYears === null ? '' : String(rules.termYears)}
              label={t('meetings.rules.termYears')} inputProps={{ min: 1, max: 10 }}
              onCommit={(v) => {
                const years = v === '' ? null : Math.round(Number(v));
                if (years === null || (years >= 1 && years <= 10)) void save({ termYears: years });
              }} />
            <span>{t('meetings.rules.years')}</span>
          </span>
        </div>
        <TextField name="allowances" multiline className="wide" label={t('meetings.rules.allowances')} value={rules.allowances}
          placeholder={t('meetings.rules.allowancesHint')} onCommit={(allowances) => save({ allowances: allowances.trim() })} />
        <TextField name="membershipEligibility" multiline className="wide" label={t('meetings.rules.membership')} value={rules.membershipEligibility}
          placeholder={t('meetings.rules.membershipHint')} onCommit={(membershipEligibility) => save({ membershipEligibility: membershipEligibility.trim() })} />
        <TextField name="notes" multiline className="wide" label={t('meetings.rules.notes')} value={rules.notes}
          onCommit={(notes) => save({ notes: notes.trim() })} />
      </div>
    </div>
  );
}
