import type { ElementDefinition } from 'cytoscape';
import type { MetricsRow, Relation } from '../../../shared/domain/relation';
import type { SmallGroup, Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapFilters, MetricKey } from './mapState';

export const NO_GROUP = 'none';
export const groupNodeId = (groupId: string | null) => `group:${groupId ?? NO_GROUP}`;

interface Input {
  stakeholders: Stakeholder[];
  relations: Relation[];
  groups: SmallGroup[];
  filters: MapFilters;
  /** Grouped layout: each small group (and "no group") becomes a box around its members. */
  showGroups: boolean;
  sizes: ReadonlyMap<string, number>;
  noGroupLabel: string;
}

export function isShown(s: Stakeholder, f: MapFilters): boolean {
  return !f.kinds.includes(s.kind) && !f.groups.includes(s.smallGroupId ?? NO_GROUP);
}

/** The registry as Cytoscape elements: only what the filters let through (so exports match). */
export function toElements({ stakeholders, relations, groups, filters, showGroups, sizes, noGroupLabel }: Input): ElementDefinition[] {
  const shown = stakeholders.filter((s) => isShown(s, filters));
  const ids = new Set(shown.map((s) => s.id));
  const parents: ElementDefinition[] = [];
  if (showGroups) {
    const used = new Set(shown.map((s) => s.smallGroupId));
    for (const g of groups) if (used.has(g.id)) parents.push({ group: 'nodes', data: { id: groupNodeId(g.id), label: g.name, isGroup: true } });
    if (used.has(null)) parents.push({ group: 'nodes', data: { id: groupNodeId(null), label: noGroupLabel, isGroup: true } });
  }
  const nodes: ElementDefinition[] = shown.map((s) => ({
    group: 'nodes',
    data: {
      // No size when all are the same: the sheet's width then applies without a per-node mapping.
      id: s.id, label: shortLabel(s.name), kind: s.kind, leader: s.groupLeader, ...(sizes.has(s.id) ? { size: sizes.get(s.id) } : {}),
      ...(showGroups ? { parent: groupNodeId(s.smallGroupId) } : {}),
    },
  }));
  const edges: ElementDefinition[] = relations
    .filter((r) => ids.has(r.sourceId) && ids.has(r.targetId) && !filters.tieKinds.includes(r.kind))
    .map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.sourceId, target: r.targetId, kind: r.kind, formality: r.formality, strength: r.strength, mutual: r.mutual },
    }));
  return [...parents, ...nodes, ...edges];
}

/** "Dwi Astuti Rahayu, S.T., M.Si." is drawn as "Dwi Astuti Rahayu": degrees after the comma crowd the map. */
export function shortLabel(name: string): string {
  return name.split(',')[0]!.trim() || name;
}

export const UNIFORM_SIZE = 34;
const NO_SIZES: ReadonlyMap<string, number> = new Map();
const MIN_SIZE = 20;
const MAX_SIZE = 78;

/** Node diameters for "size by": area grows with the value, so one big actor does not swamp the rest. */
export function nodeSizes(rows: MetricsRow[], sizeBy: MetricKey | 'uniform'): ReadonlyMap<string, number> {
  // The same empty map each time: metrics arriving must not rebuild (and resync) a uniform map.
  if (sizeBy === 'uniform') return NO_SIZES;
  const max = Math.max(0, ...rows.map((r) => r[sizeBy]));
  return new Map(rows.map((r) => [r.stakeholderId, max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(r[sizeBy] / max) : UNIFORM_SIZE]));
}
