import type { MapModel } from './mapModel';
import { stakeholderRecord } from './mapModel';

// graphology-graphml only parses, so the writer is ours; GraphML is small and well specified.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type KeyType = 'string' | 'double' | 'int' | 'boolean';
const typeOf = (v: unknown): KeyType => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'double' : 'string');

/** A directed GraphML file for Gephi, yEd or Cytoscape desktop; mutual ties become two arcs. */
export function toGraphml(model: MapModel): string {
  const nodes = model.stakeholders.map((s) => ({ id: s.id, data: { label: s.name, ...stakeholderRecord(model, s), ...model.positions.get(s.id) } }));
  const nodeKeys = new Map<string, KeyType>();
  for (const n of nodes) for (const [k, v] of Object.entries(n.data)) if (v !== null && v !== undefined && !nodeKeys.has(k)) nodeKeys.set(k, typeOf(v));
  const edgeKeys: [string, KeyType][] = [['jenis', 'string'], ['sifat', 'string'], ['kekuatan', 'int'], ['timbal_balik', 'boolean'], ['sejak', 'string'], ['catatan', 'string']];

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...edgeKeys.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${esc(n.id)}">`);
    for (const [k, v] of Object.entries(n.data)) if (v !== null && v !== undefined) lines.push(`      <data key="n_${k}">${esc(String(v))}</data>`);
    lines.push('    </node>');
  }
  let n = 0;
  for (const r of model.relations) {
    const data = { jenis: r.kind, sifat: r.formality, kekuatan: r.strength, timbal_balik: r.mutual, sejak: r.since ?? '', catatan: r.note };
    const arcs = r.mutual ? [[r.sourceId, r.targetId], [r.targetId, r.sourceId]] : [[r.sourceId, r.targetId]];
    for (const [source, target] of arcs) {
      lines.push(`    <edge id="e${n++}" source="${esc(source!)}" target="${esc(target!)}">`);
      for (const [k, v] of Object.entries(data)) lines.push(`      <data key="e_${k}">${esc(String(v))}</data>`);
      lines.push('    </edge>');
    }
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
