import type { Database } from 'better-sqlite3';
import { KIND_FAMILY, STAKEHOLDER_KINDS, type Stakeholder } from '../../shared/domain/stakeholder';
import { localToday } from './actionPlans/documentData';
import { listStakeholders } from './stakeholderRows';

export interface BdsListData {
  /** Every stakeholder of the BDS family, those reachable within the hour first, then by kind and name. */
  providers: Stakeholder[];
  today: string;
}

const reachRank = (s: Stakeholder) => (s.bdsReachable === true ? 0 : s.bdsReachable === null ? 1 : 2);

/** The guideline's "list of accessible BDS providers" (Step 5) as read from the registry. */
export function bdsListData(db: Database, today = localToday()): BdsListData {
  const providers = listStakeholders(db)
    .filter((s) => KIND_FAMILY[s.kind] === 'bds')
    .sort((a, b) => reachRank(a) - reachRank(b) || STAKEHOLDER_KINDS.indexOf(a.kind) - STAKEHOLDER_KINDS.indexOf(b.kind));
  return { providers, today };
}
