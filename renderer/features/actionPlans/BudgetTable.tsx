import { useState } from 'react';
import { FUND_SOURCES, type ActionPlan, type FundSource } from '../../../shared/domain/actionPlan';
import { formatRupiah, rupiahInWords } from '../../../shared/indonesian';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { useUi } from '../shell/uiStore';
import { useActionPlans } from './actionPlansStore';
import { figures, parseRupiah } from './format';
import { NewBudgetLine } from './NewBudgetLine';

/** Question 8: budget lines with their source of funds, the total per source and in words. */
export function BudgetTable({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const edit = useActionPlans((s) => s.edit);
  // Remounting the amount field shows the saved figure again after a refused entry.
  const [resets, setResets] = useState(0);
  const setAmount = async (id: string, text: string) => {
    const amount = parseRupiah(text);
    if (amount === null) {
      useUi.getState().notify('actionPlans.budget.amountInvalid');
      setResets((n) => n + 1);
      return;
    }
    await edit('budgetLines.update', { id, amount });
  };
  const words = rupiahInWords(plan.budgetTotal);
  return (
    <div className="budget">
      <div className="table-scroll budget-scroll">
        <table className="data budget-table">
          <thead>
            <tr>
              <th className="num">No</th><th>{t('actionPlans.budget.description')}</th><th>{t('actionPlans.budget.source')}</th>
              <th className="num">{t('actionPlans.budget.amount')}</th><th className="facilitator-only"><span className="sr-only">×</span></th>
            </tr>
          </thead>
          <tbody>
            {plan.budgetLines.map((l, i) => (
              <tr key={l.id}>
                <td className="num">{i + 1}.</td>
                <td><CommitInput value={l.description} required wrap label={t('actionPlans.budget.descriptionOf', { n: i + 1 })} onCommit={(description) => edit('budgetLines.update', { id: l.id, description })} /></td>
                <td>
                  <select aria-label={t('actionPlans.budget.sourceOf', { n: i + 1 })} value={l.source} onChange={(e) => void edit('budgetLines.update', { id: l.id, source: e.target.value as FundSource })}>
                    {FUND_SOURCES.map((s) => <option key={s} value={s}>{t(`actionPlans.sources.${s}`)}</option>)}
                  </select>
                </td>
                <td className="num"><CommitInput key={resets} className="amount" value={figures(l.amount)} required label={t('actionPlans.budget.amountOf', { n: i + 1 })} onCommit={(v) => setAmount(l.id, v)} /></td>
                <td className="facilitator-only">
                  <button type="button" className="link danger" aria-label={t('actionPlans.budget.remove', { n: i + 1 })} onClick={() => void edit('budgetLines.delete', { id: l.id })}>×</button>
                </td>
              </tr>
            ))}
            {plan.budgetLines.length === 0 && <tr><td colSpan={5} className="empty">{t('actionPlans.budget.empty')}</td></tr>}
          </tbody>
          <tfoot>
            <tr className="total-row"><td /><th scope="row" colSpan={2}>{t('actionPlans.budget.total')}</th><td className="num" data-testid="budget-total">{formatRupiah(plan.budgetTotal)}</td><td className="facilitator-only" /></tr>
          </tfoot>
        </table>
      </div>
      <NewBudgetLine planId={plan.id} />
      <p className="budget-per-source" aria-label={t('actionPlans.budget.perSource')}>
        {FUND_SOURCES.filter((s) => plan.totals[s] > 0).map((s) => <span key={s} className="chip">{t(`actionPlans.sources.${s}`)}: {formatRupiah(plan.totals[s])}</span>)}
      </p>
      {words && plan.budgetTotal > 0 && <p className="budget-words">{t('actionPlans.budget.words', { words })}</p>}
    </div>
  );
}
