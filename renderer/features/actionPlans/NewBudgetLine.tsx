import { useState } from 'react';
import { FUND_SOURCES, type FundSource } from '../../../shared/domain/actionPlan';
import { useT } from '../../i18n';
import { useNewRow } from '../../lib/useNewRow';
import { useActionPlans } from './actionPlansStore';
import { parseRupiah } from './format';

/** The row under the budget table where a line is typed: description, source, amount, Enter. */
export function NewBudgetLine({ planId }: { planId: string }) {
  const t = useT();
  const { fields: { description, amount }, set, send } = useNewRow({ description: '', amount: '' });
  const [source, setSource] = useState<FundSource>('members');
  const value = parseRupiah(amount);
  const invalid = amount.trim() !== '' && value === null;
  return (
    <form className="toolbar budget-new facilitator-only" onSubmit={async (e) => {
      e.preventDefault();
      if (!description.trim() || value === null) return;
      await send((sent) => useActionPlans.getState().edit('budgetLines.add', { planId, description: sent.description.trim(), source, amount: value }));
    }}>
      <input aria-label={t('actionPlans.budget.newDescription')} placeholder={t('actionPlans.budget.newDescription')} maxLength={300}
        value={description} onChange={(e) => set('description', e.target.value)} />
      <select aria-label={t('actionPlans.budget.newSource')} value={source} onChange={(e) => setSource(e.target.value as FundSource)}>
        {FUND_SOURCES.map((s) => <option key={s} value={s}>{t(`actionPlans.sources.${s}`)}</option>)}
      </select>
      <input className="amount" inputMode="numeric" aria-label={t('actionPlans.budget.newAmount')} placeholder={t('actionPlans.budget.newAmount')}
        aria-invalid={invalid || undefined} title={invalid ? t('actionPlans.budget.amountInvalid') : undefined} value={amount} onChange={(e) => set('amount', e.target.value)} />
      <button type="submit" disabled={!description.trim() || value === null}>{t('actionPlans.budget.add')}</button>
      {invalid && <span className="field-error" role="alert">{t('actionPlans.budget.amountInvalid')}</span>}
    </form>
  );
}
