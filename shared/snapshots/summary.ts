import type { SnapshotData } from '../domain/snapshot';

/**
 * What changed on the map, as facts a sentence can be made of ("3 pelaku baru", "H. Rasidi tidak
 * lagi satu-satunya jembatan"). The screen words them in its language, the Word report in Indonesian.
 */
export type SummaryFact =
  | { key: 'added' | 'removed'; count: number; names: string }
  | { key: 'ties'; added: number; removed: number }
  | { key: 'soleBridgeGone' | 'soleBridgeNew'; name: string; kind: string }
  | { key: 'mainBridge'; from: string; to: string }
  | { key: 'isolated'; before: number; after: number }
  | { key: 'tiesPerActor'; before: number; after: number }
  | { key: 'unchanged' };

/** A broker is the only bridge when more than half of all betweenness is theirs (two equal brokers are not). */
const SOLE_BRIDGE_SHARE = 0.5;
const NAMES_SHOWN = 5;

interface Bridge { id: string; name: string; kind: string; sole: boolean }

function mainBridge(map: SnapshotData): Bridge | null {
  const total = map.metrics.reduce((sum, m) => sum + m.betweenness, 0);
  const top = map.metrics.reduce<SnapshotData['metrics'][number] | null>((best, m) => (!best || m.betweenness > best.betweenness ? m : best), null);
  if (!top || top.betweenness <= 0 || total <= 0) return null;
  const kind = map.stakeholders.find((s) => s.id === top.stakeholderId)?.kind ?? '';
  return { id: top.stakeholderId, name: top.name, kind, sole: top.betweenness / total > SOLE_BRIDGE_SHARE };
}

function isolatedCount(map: SnapshotData): number {
  const tied = new Set(map.relations.flatMap((r) => [r.sourceId, r.targetId]));
  return map.stakeholders.filter((s) => !tied.has(s.id)).length;
}

const tiesPerActor = (map: SnapshotData) => (map.stakeholders.length ? map.relations.length / map.stakeholders.length : 0);
const nameList = (list: { name: string }[]) =>
  [...list].sort((a, b) => a.name.localeCompare(b.name, 'id')).slice(0, NAMES_SHOWN).map((s) => s.name).join(', ') + (list.length > NAMES_SHOWN ? ', …' : '');

export function summariseChange(
  before: SnapshotData, after: SnapshotData,
  diff: { stakeholdersAdded: { name: string }[]; stakeholdersRemoved: { name: string }[]; relationsAdded: unknown[]; relationsRemoved: unknown[] },
): SummaryFact[] {
  const facts: SummaryFact[] = [];
  if (diff.stakeholdersAdded.length) facts.push({ key: 'added', count: diff.stakeholdersAdded.length, names: nameList(diff.stakeholdersAdded) });
  if (diff.stakeholdersRemoved.length) facts.push({ key: 'removed', count: diff.stakeholdersRemoved.length, names: nameList(diff.stakeholdersRemoved) });
  if (diff.relationsAdded.length || diff.relationsRemoved.length) facts.push({ key: 'ties', added: diff.relationsAdded.length, removed: diff.relationsRemoved.length });
  const [b, a] = [mainBridge(before), mainBridge(after)];
  if (b?.sole && !(a?.sole && a.id === b.id)) facts.push({ key: 'soleBridgeGone', name: b.name, kind: b.kind });
  if (a?.sole && !(b?.sole && b.id === a.id)) facts.push({ key: 'soleBridgeNew', name: a.name, kind: a.kind });
  else if (b && a && a.id !== b.id && !b.sole) facts.push({ key: 'mainBridge', from: b.name, to: a.name });
  const [ib, ia] = [isolatedCount(before), isolatedCount(after)];
  if (ib !== ia) facts.push({ key: 'isolated', before: ib, after: ia });
  const [tb, ta] = [tiesPerActor(before), tiesPerActor(after)];
  if (Math.abs(tb - ta) >= 0.05) facts.push({ key: 'tiesPerActor', before: tb, after: ta });
  return facts.length ? facts : [{ key: 'unchanged' }];
}

/** The Indonesian sentences, shared by the screen (Bahasa Indonesia) and the Word report. */
export const SUMMARY_SENTENCES_ID: Record<SummaryFact['key'], string> = {
  added: '{count} pelaku baru: {names}.',
  removed: '{count} pelaku tidak lagi ada di peta: {names}.',
  ties: '{added} hubungan baru dan {removed} hubungan hilang.',
  soleBridgeGone: '{name} ({kind}) tidak lagi satu-satunya jembatan di antara para pelaku.',
  soleBridgeNew: '{name} ({kind}) kini menjadi satu-satunya jembatan: banyak jalur antarpelaku bergantung padanya.',
  mainBridge: 'Jembatan utama berpindah dari {from} ke {to}.',
  isolated: 'Pelaku tanpa hubungan: {before} menjadi {after}.',
  tiesPerActor: 'Rata-rata hubungan per pelaku: {before} menjadi {after}.',
  unchanged: 'Tidak ada perubahan pada peta.',
};

/** The values of a fact as sentence parameters: numbers with one decimal in the language's style. */
export function summaryParams(fact: SummaryFact, lang: 'id' | 'en', kindLabel: (kind: string) => string): Record<string, string | number> {
  const decimal = (x: number) => (lang === 'id' ? x.toFixed(1).replace('.', ',') : x.toFixed(1));
  switch (fact.key) {
    case 'tiesPerActor': return { before: decimal(fact.before), after: decimal(fact.after) };
    case 'soleBridgeGone': case 'soleBridgeNew': return { name: fact.name, kind: kindLabel(fact.kind).toLowerCase() };
    case 'unchanged': return {};
    default: { const { key: _key, ...rest } = fact; return rest; }
  }
}
