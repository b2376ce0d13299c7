import type { SmallGroup, Stakeholder } from '../../../shared/domain/stakeholder';

export interface StakeholderFilter {
  query: string;
  kind: string; // '' = all
  groupId: string; // '' = all, 'none' = without a group
  membersOnly?: boolean;
}
export type SortKey = 'name' | 'organisation' | 'kind' | 'village' | 'group' | 'interest' | 'influence';

/** Case- and accent-insensitive, so "sumarno" finds "Sumarno" and "dusun" finds "Dusun". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

export function filterStakeholders(list: Stakeholder[], f: StakeholderFilter): Stakeholder[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return list.filter((s) => {
    if (f.kind && s.kind !== f.kind) return false;
    if (f.membersOnly && !s.clusterMember) return false;
    if (f.groupId === 'none' ? s.smallGroupId !== null : f.groupId && s.smallGroupId !== f.groupId) return false;
    const hay = fold([s.name, s.organisation, s.role, s.village, s.district, s.coreBusiness, s.phone].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export function sortStakeholders(list: Stakeholder[], key: SortKey, descending: boolean, groups: SmallGroup[], kindLabel: (k: string) => string): Stakeholder[] {
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const value = (s: Stakeholder): string | number => {
    switch (key) {
      case 'kind': return kindLabel(s.kind);
      case 'group': return s.smallGroupId ? (groupName.get(s.smallGroupId) ?? '') : '';
      case 'interest': return s.interest ?? 0;
      case 'influence': return s.influence ?? 0;
      default: return s[key];
    }
  };
  const sorted = [...list].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'id', { sensitivity: 'base' });
    return c || a.name.localeCompare(b.name, 'id');
  });
  return descending ? sorted.reverse() : sorted;
}
