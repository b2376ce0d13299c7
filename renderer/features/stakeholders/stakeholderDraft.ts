import { stakeholderDefaults, type Stakeholder, type StakeholderFields } from '../../../shared/domain/stakeholder';

/** The dialog's form state: number fields are typed text until saved. */
type NumberKey = 'interest' | 'influence' | 'employees' | 'yearFounded';
export type Draft = Omit<StakeholderFields, NumberKey> & Record<NumberKey, string>;
export type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

const NUMBER_KEYS: NumberKey[] = ['interest', 'influence', 'employees', 'yearFounded'];

export function toDraft(s: Stakeholder | null): Draft {
  const base = s ?? { ...stakeholderDefaults, name: '', kind: 'core_firm' as const };
  const out = { ...base, bdsServices: [...base.bdsServices] } as unknown as Draft;
  for (const k of NUMBER_KEYS) out[k] = base[k]?.toString() ?? '';
  return out;
}

/** Empty number fields are "not given" (null); anything else goes to the schema as a number. */
export function fromDraft(d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = { ...d };
  for (const k of NUMBER_KEYS) out[k] = d[k].trim() === '' ? null : Number(d[k].trim());
  return out;
}
