// Decisions of a meeting that come from the project's data rather than from typed text: the
// vision with its missions as a nested list, FGD-1's draft rules, FGD-2's quorum and votes with
// a pointer to the berita acara, and the AD/ART authorised. Each is one numbered decision with
// its details as the a., b. and 1), 2) levels of the same real Word list.
import type { Paragraph } from 'docx';
import type { ArticleDoc } from '../../../shared/domain/articles';
import type { ElectionPosition, ElectionState } from '../../../shared/domain/election';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { OrgRules } from '../../../shared/domain/orgRules';
import { terbilang } from '../../../shared/indonesian';
import { LIST, listItem } from '../docx';
import { electionRecordTitle, QUORUM_WORDS } from './electionRecord';

export type DecisionPart =
  | { kind: 'vision'; vision: string; missions: string[] }
  | { kind: 'rules'; rules: OrgRules }
  /** organisationName: the body elected into (the cluster organisation, or the committee). */
  | { kind: 'election'; election: ElectionState; organisationName: string; formsOrganisation: boolean }
  | { kind: 'articles'; doc: ArticleDoc };

/** A part and the agenda item it is printed under (null: after the agenda, "Keputusan Lain"). */
export interface PlacedPart {
  agendaItemId: string | null;
  part: DecisionPart;
}

export interface MinutesRecord {
  meeting: MeetingRecord;
  parts: PlacedPart[];
}

const words = (n: number) => `${n} (${terbilang(n)})`;
const ARTICLE_NAMES: Record<ArticleDoc, string> = { ad: 'Anggaran Dasar', art: 'Anggaran Rumah Tangga' };
const stop = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** One decision: its line at level 0 (numbered 1., 2.), details a., b. and 1), 2) below. */
interface Item { text: string; level: 0 | 1 | 2 }
const at = (level: Item['level']) => (text: string): Item => ({ text, level });

function visionItems(p: Extract<DecisionPart, { kind: 'vision' }>): Item[] {
  return [
    at(0)('Visi dan misi klaster disepakati dan ditetapkan sebagai berikut:'),
    at(1)(`Visi: “${p.vision.trim().replace(/[.]$/, '')}”.`),
    ...(p.missions.length ? [at(1)('Misi:'), ...p.missions.map((m) => at(2)(stop(m)))] : []),
  ];
}

function rulesItems({ rules }: Extract<DecisionPart, { kind: 'rules' }>): Item[] {
  const withDuties = rules.positions.filter((p) => p.duties.trim());
  return [
    at(0)('Rancangan aturan organisasi klaster disepakati sebagai berikut:'),
    ...(rules.positions.length ? [
      at(1)(`Jumlah pengurus ${words(rules.boardSize)} orang, terdiri atas:`),
      ...rules.positions.map((p) => at(2)(`${p.title}: ${words(p.count)} orang;`)),
    ] : []),
    ...(withDuties.length ? [at(1)('Tugas pengurus:'), ...withDuties.map((p) => at(2)(`${p.title}: ${stop(p.duties)}`))] : []),
    ...(rules.termYears ? [at(1)(`Masa bakti pengurus ${words(rules.termYears)} tahun.`)] : []),
    ...(rules.allowances.trim() ? [at(1)(`Tunjangan pengurus: ${stop(rules.allowances)}`)] : []),
    ...(rules.membershipEligibility.trim() ? [at(1)(`Syarat keanggotaan: ${stop(rules.membershipEligibility)}`)] : []),
    ...(rules.notes.trim() ? [at(1)(`Catatan: ${stop(rules.notes)}`)] : []),
  ];
}

/** "Ketua: Budi, melalui pemungutan suara (putaran 1: Budi 18, Ani 18; putaran 2: Budi 21, Ani 19)." */
function positionLine(p: ElectionPosition): string {
  const name = (id: string) => p.candidates.find((c) => c.id === id)?.name ?? '';
  const winners = p.outcome.winners.map(name).filter(Boolean).join(', ');
  if (p.status !== 'confirmed' || !winners) return `${p.title}: belum ditetapkan.`;
  if (p.method === 'consensus') return `${p.title}: ${winners}, melalui musyawarah mufakat.`;
  const rounds = p.rounds.map((r) => {
    const votes = r.candidateIds.map((c) => `${name(c)} ${r.tallies[c] ?? 0}`).join(', ');
    return `putaran ${r.number}: ${votes}${r.invalid ? `, tidak sah ${r.invalid}` : ''}${r.blank ? `, kosong ${r.blank}` : ''}`;
  });
  const agreed = p.agreed.length ? '; suara sama diselesaikan dengan kesepakatan' : '';
  return `${p.title}: ${winners}, melalui pemungutan suara (${rounds.join('; ')}${agreed}).`;
}

function electionItems({ election, organisationName, formsOrganisation }: Extract<DecisionPart, { kind: 'election' }>): Item[] {
  const q = election.quorum;
  return [
    at(0)(`Rapat dihadiri oleh ${words(q.present)} dari ${words(q.members)} anggota klaster; kuorum ${QUORUM_WORDS[q.rule]} jumlah anggota (sekurang-kurangnya ${words(q.required)} orang) ${q.met ? 'telah terpenuhi' : 'tidak terpenuhi'}.`),
    at(0)(election.elects === 'committee' ? `Hasil pemilihan ketua dan anggota inti ${organisationName} menurut urutan jabatan:` : 'Hasil pemilihan pengurus menurut urutan jabatan:'),
    ...election.positions.map((p) => at(1)(positionLine(p))),
    at(0)(`Jalannya pemilihan dan perolehan suara selengkapnya dituangkan dalam ${electionRecordTitle(election.elects, organisationName, formsOrganisation)}.`),
  ];
}

function itemsOf(part: DecisionPart): Item[] {
  switch (part.kind) {
    case 'vision': return visionItems(part);
    case 'rules': return rulesItems(part);
    case 'election': return electionItems(part);
    case 'articles': return [at(0)(`${ARTICLE_NAMES[part.doc]} organisasi klaster disahkan oleh rapat.`)];
  }
}

/**
 * The decisions under one agenda item as one numbered list: the typed ones first, then those
 * from data. Nothing at all when there are none: an empty decision is not printed as "-".
 */
export function decisionList(typed: readonly string[], parts: readonly DecisionPart[]): Paragraph[] {
  const items: Item[] = [...typed.filter((t) => t.trim()).map(at(0)), ...parts.flatMap(itemsOf)];
  return items.map((item, k) => listItem(LIST.angka, item.text, { level: item.level, restart: k === 0, keepNext: item.level === 0 && items[k + 1]?.level !== 0 && k + 1 < items.length }));
}
