import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { MapModel } from './mapModel';
import { stakeholderRecord } from './mapModel';

/** GEXF for Gephi, through graphology-gexf; mutual ties become two arcs, as in the metrics. */
export function toGexf(model: MapModel): string {
  const graph = new MultiDirectedGraph();
  for (const s of model.stakeholders) {
    const pos = model.positions.get(s.id);
    const record = stakeholderRecord(model, s);
    graph.addNode(s.id, { label: s.name, ...Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null)), ...(pos ?? {}) });
  }
  for (const r of model.relations) {
    const attrs = { label: r.kind, jenis: r.kind, sifat: r.formality, kekuatan: r.strength, timbal_balik: r.mutual, sejak: r.since ?? '', weight: r.strength };
    graph.addDirectedEdge(r.sourceId, r.targetId, attrs);
    if (r.mutual) graph.addDirectedEdge(r.targetId, r.sourceId, attrs);
  }
  return write(graph, {
    formatNode: (_key, a) => {
      const { label, x, y, ...attributes } = a as Record<string, unknown>;
      return { label: String(label), attributes, ...(typeof x === 'number' ? { viz: { x, y: -(y as number) } } : {}) };
    },
    formatEdge: (_key, a) => {
      const { label, weight, ...attributes } = a as Record<string, unknown>;
      return { label: String(label), weight: weight as number, attributes };
    },
  });
}
