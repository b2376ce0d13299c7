import { FUND_SOURCES, type BudgetLine, type SourceTotals } from '../domain/actionPlan';

export const noTotals = (): SourceTotals => ({ members: 0, apbd: 0, bank: 0, csr: 0, others: 0 });

/** Rupiah per source of funds, summed over budget lines. */
export function totalsBySource(lines: readonly Pick<BudgetLine, 'source' | 'amount'>[]): SourceTotals {
  const out = noTotals();
  for (const l of lines) out[l.source] += l.amount;
  return out;
}

export function addTotals(a: SourceTotals, b: SourceTotals): SourceTotals {
  const out = noTotals();
  for (const s of FUND_SOURCES) out[s] = a[s] + b[s];
  return out;
}

export const grandTotal = (t: SourceTotals): number => FUND_SOURCES.reduce((sum, s) => sum + t[s], 0);
