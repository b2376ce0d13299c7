import type { Database } from 'better-sqlite3';
import { matchProviders, unmetServices } from '../../shared/actionPlans/bdsMatch';
import { KIND_FAMILY, STAKEHOLDER_KINDS, type Stakeholder } from '../../shared/domain/stakeholder';
import type { BdsService } from '../../shared/domain/stakeholderProfile';
import { localToday } from './actionPlans/documentData';
import { listPlans } from './actionPlans/planRows';
import { listStakeholders } from './stakeholderRows';

/** An action plan's question 5 and 6 as the BDS list reads them. */
export interface PlanSupport {
  title: string;
  /** The outside support question 5 says it needs. */
  needed: BdsService[];
  /** Providers in the registry offering a needed service, best match first. */
  matches: string[];
  /** Needed services no provider in the registry offers. */
  unmet: BdsService[];
  /** Question 6 as answered. */
  supporters: string[];
}

export interface BdsListData {
  /** Every stakeholder of the BDS family, those reachable within the hour first, then by kind and name. */
  providers: Stakeholder[];
  /** Plans that need outside support or name supporters, in the plans' order. */
  plans: PlanSupport[];
  today: string;
}

const reachRank = (s: Stakeholder) => (s.bdsReachable === true ? 0 : s.bdsReachable === null ? 1 : 2);
const nameOf = (s: { name: string; organisation: string }) => (s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name);

/** The guideline's "list of accessible BDS providers" (Step 5) as read from the registry, matched to the plans' question 6. */
export function bdsListData(db: Database, today = localToday()): BdsListData {
  const everyone = listStakeholders(db);
  const providers = everyone
    .filter((s) => KIND_FAMILY[s.kind] === 'bds')
    .sort((a, b) => reachRank(a) - reachRank(b) || STAKEHOLDER_KINDS.indexOf(a.kind) - STAKEHOLDER_KINDS.indexOf(b.kind));
  const plans = listPlans(db)
    .filter((p) => p.supportServices.length > 0 || p.supporters.length > 0)
    .map((p) => ({
      title: p.title,
      needed: p.supportServices,
      matches: matchProviders(p.supportServices, everyone).map((m) => nameOf(m.provider)),
      unmet: unmetServices(p.supportServices, everyone),
      supporters: p.supporters.map(nameOf),
    }));
  return { providers, plans, today };
}
