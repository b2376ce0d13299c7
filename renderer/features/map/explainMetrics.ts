import type { MetricsRow, Relation, RelationKind } from '../../../shared/domain/relation';
import { KIND_FAMILY, type Stakeholder, type StakeholderKind } from '../../../shared/domain/stakeholder';
import type { Params, TKey } from '../../i18n';
import type { MetricKey } from './mapState';

type T = (key: TKey, params?: Params) => string;

export interface MetricStory {
  metric: MetricKey;
  /** Up to three actors with a value above zero, highest first. */
  top: MetricsRow[];
  sentences: string[];
}

/** What losing the bridge costs depends on which side of the chain the bridge stands. */
function lossKey(kind: StakeholderKind | undefined): TKey {
  if (kind === 'leading_firm' || kind === 'distributor' || kind === 'buyer') return 'map.explain.lossMarket';
  if (kind === 'supplier' || kind === 'subcontractor') return 'map.explain.lossSupply';
  if (kind && (KIND_FAMILY[kind] === 'government' || KIND_FAMILY[kind] === 'bds')) return 'map.explain.lossSupport';
  return 'map.explain.lossGeneric';
}

/**
 * How strongly to speak of the top bridge: "most paths pass through" only when a real share does.
 * Normalised betweenness of 0.3 means nearly a third of all shortest paths go through one actor.
 */
export const BRIDGE_STRONG = 0.3;
export const BRIDGE_MEDIUM = 0.1;
function betweennessKey(value: number): TKey {
  if (value >= BRIDGE_STRONG) return 'map.explain.betweenness';
  return value >= BRIDGE_MEDIUM ? 'map.explain.betweennessMedium' : 'map.explain.betweennessLow';
}

/** The tie kind most often going into (or out of) an actor: "terutama penjualan/pemasaran". */
function mainTieKind(relations: Relation[], id: string, direction: 'in' | 'out'): RelationKind | null {
  const count = new Map<RelationKind, number>();
  for (const r of relations) {
    const incoming = r.targetId === id || (r.mutual && r.sourceId === id);
    const outgoing = r.sourceId === id || (r.mutual && r.targetId === id);
    if (direction === 'in' ? incoming : outgoing) count.set(r.kind, (count.get(r.kind) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * One or two plain sentences per measure, about this cluster's actors: who the hub is, who the
 * bridge (and bottleneck) is, who hears news first, who sits among the well connected.
 */
export function explainMetrics(rows: MetricsRow[], metrics: readonly MetricKey[], stakeholders: Stakeholder[], relations: Relation[], t: T, fmt: (v: number) => string): MetricStory[] {
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const who = (id: string) => {
    const s = byId.get(id);
    if (!s) return '';
    const kind = t(`kinds.${s.kind}`).toLocaleLowerCase();
    return s.organisation && s.organisation !== s.name ? `${s.organisation}, ${kind}` : kind;
  };
  return metrics.map((metric) => {
    const top = [...rows].sort((a, b) => b[metric] - a[metric]).filter((r) => r[metric] > 0).slice(0, 3);
    const [first, second, third] = top;
    if (!first) return { metric, top, sentences: [t('map.explain.none')] };
    const params: Params = { name: first.name, who: who(first.stakeholderId), value: fmt(first[metric]) };
    const tie = mainTieKind(relations, first.stakeholderId, metric === 'outDegree' ? 'out' : 'in');
    if (tie) params.tie = t(`map.relationKinds.${tie}`).toLocaleLowerCase();
    if (metric === 'betweenness') params.loss = t(lossKey(byId.get(first.stakeholderId)?.kind));
    const sentences = [t(metric === 'betweenness' ? betweennessKey(first[metric]) : `map.explain.${metric}${(metric === 'inDegree' || metric === 'outDegree') && !tie ? 'Plain' : ''}` as TKey, params)];
    const others = [second, third].filter((r): r is MetricsRow => !!r).map((r) => `${r.name} (${fmt(r[metric])})`);
    if (metric === 'betweenness' && first[metric] < BRIDGE_MEDIUM) {
      // A small top value: no one is a bridge yet, so no talk of dependence.
    } else if (metric === 'betweenness' && second && first[metric] >= 2 * second[metric]) {
      sentences.push(t('map.explain.dominant', { other: others[0]! }));
    } else if (others.length > 0) {
      sentences.push(t(metric === 'betweenness' ? 'map.explain.sharedBridge' : 'map.explain.next', { others: others.join(t('map.explain.and')) }));
    }
    return { metric, top, sentences };
  });
}

/** A healthy cluster network spreads the five roles over several actors (the Balikpapan study). */
export function spreadSentence(stories: MetricStory[], t: T): string | null {
  const leaders = stories.map((s) => s.top[0]).filter((r): r is MetricsRow => !!r);
  if (leaders.length === 0) return null;
  const counts = new Map<string, { name: string; n: number }>();
  for (const r of leaders) counts.set(r.stakeholderId, { name: r.name, n: (counts.get(r.stakeholderId)?.n ?? 0) + 1 });
  const [most] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (most && most.n >= 3) return t('map.explain.concentrated', { name: most.name, count: most.n });
  return t('map.explain.spread', { count: counts.size });
}
