// Question 6 ("Siapa yang menjadi pendukung tersebut?") answered from the registry: the BDS
// providers that offer a service question 5 says the activity needs. The more needed services a
// provider offers the higher it comes, then those reachable within the hour, then by name.
import { KIND_FAMILY, type Stakeholder } from '../domain/stakeholder';
import type { BdsService } from '../domain/stakeholderProfile';

export interface ProviderMatch {
  provider: Stakeholder;
  /** The needed services this provider offers, in the order the plan lists them. */
  services: BdsService[];
}

const reach = (s: Stakeholder) => (s.bdsReachable === true ? 0 : s.bdsReachable === null ? 1 : 2);

export function matchProviders(needed: readonly BdsService[], stakeholders: readonly Stakeholder[], except: ReadonlySet<string> = new Set()): ProviderMatch[] {
  if (needed.length === 0) return [];
  return stakeholders
    .filter((s) => KIND_FAMILY[s.kind] === 'bds' && !except.has(s.id))
    .map((provider) => ({ provider, services: needed.filter((n) => provider.bdsServices.includes(n)) }))
    .filter((m) => m.services.length > 0)
    .sort((a, b) => b.services.length - a.services.length || reach(a.provider) - reach(b.provider) || a.provider.name.localeCompare(b.provider.name, 'id'));
}

/** Needed services no provider in the registry offers: where the facilitator must look further. */
export function unmetServices(needed: readonly BdsService[], stakeholders: readonly Stakeholder[]): BdsService[] {
  const offered = new Set(stakeholders.filter((s) => KIND_FAMILY[s.kind] === 'bds').flatMap((s) => s.bdsServices));
  return needed.filter((n) => !offered.has(n));
}
