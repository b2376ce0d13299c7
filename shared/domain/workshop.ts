import { z } from 'zod';
import { isoDate } from './project';

/** free brainstorming, problems and causes, SWOT, long list of activity themes, vision keywords, diagnosis (Porter's diamond) */
export const WORKSHOP_TEMPLATES = ['free', 'problems', 'swot', 'longlist', 'vision', 'diamond'] as const;
export type WorkshopTemplate = (typeof WORKSHOP_TEMPLATES)[number];
/** The colours of the paper cards (kartu tempel) on the wall; the renderer maps keys to its palette. */
export const CARD_COLOURS = ['yellow', 'orange', 'pink', 'green', 'blue', 'purple', 'white'] as const;
export const DECISION_METHODS = ['dots', 'scores'] as const;
export const TARGET_TYPES = ['card', 'group'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const ROUND_STATUSES = ['running', 'paused', 'done'] as const;
export const SWOT_KEYS = ['S', 'W', 'O', 'T'] as const;
export type SwotKey = (typeof SWOT_KEYS)[number];
/** The diagnosis columns: the diamond's four determinants, then opportunities, government and social capital. */
export const DIAMOND_KEYS = ['F', 'R', 'D', 'C', 'P', 'G', 'K'] as const;
export const FIXED_KEYS = [...SWOT_KEYS, ...DIAMOND_KEYS] as const;
export type FixedKey = (typeof FIXED_KEYS)[number];
export const CARD_TEXT_MAX = 500;

/** SWOT's four columns exist in every SWOT workshop, in this order, and cannot be deleted. */
export const SWOT_GROUPS: readonly { key: SwotKey; name: string; colour: (typeof CARD_COLOURS)[number] }[] = [
  { key: 'S', name: 'Kekuatan', colour: 'green' },
  { key: 'W', name: 'Kelemahan', colour: 'orange' },
  { key: 'O', name: 'Peluang', colour: 'blue' },
  { key: 'T', name: 'Ancaman', colour: 'pink' },
];

/**
 * The diagnosis workshop's fixed columns (Porter's diamond as the Balikpapan study describes it,
 * seed 004), each with what belongs in it, shown to the participants at the start.
 */
export const DIAMOND_GROUPS: readonly { key: (typeof DIAMOND_KEYS)[number]; name: string; colour: (typeof CARD_COLOURS)[number]; hint: string }[] = [
  { key: 'F', name: 'Faktor input', colour: 'yellow', hint: 'Kondisi geografis, sumber daya alam, sumber daya manusia, infrastruktur fisik, administratif dan inovasi.' },
  { key: 'R', name: 'Industri pendukung dan terkait', colour: 'orange', hint: 'Skim kredit, transportasi, kemasan, jasa konsultasi untuk IKM.' },
  { key: 'D', name: 'Kondisi permintaan', colour: 'blue', hint: 'Permintaan dan peluang permintaan yang ada, perilaku permintaan lokal.' },
  { key: 'C', name: 'Strategi, struktur dan persaingan', colour: 'pink', hint: 'Hambatan masuk pelaku baru, strategi bersaing pelaku yang ada.' },
  { key: 'P', name: 'Peluang', colour: 'green', hint: 'Kejadian di luar kendali klaster yang membuka jalan: pasar baru, teknologi, kebijakan.' },
  { key: 'G', name: 'Pemerintah', colour: 'purple', hint: 'Peraturan, program dan dukungan pemerintah pusat, provinsi dan kabupaten/kota.' },
  { key: 'K', name: 'Modal sosial', colour: 'white', hint: 'Kepercayaan, kebiasaan bekerja sama, paguyuban dan jejaring antarpelaku.' },
];

/** The columns a template always has: they may be renamed or recoloured, never removed. */
export const FIXED_GROUPS: Partial<Record<WorkshopTemplate, readonly { key: FixedKey; name: string; colour: (typeof CARD_COLOURS)[number] }[]>> = {
  swot: SWOT_GROUPS, diamond: DIAMOND_GROUPS,
};

/** The brainstorming rules of ANNEX-4, shown on the screen at the start; editable per workshop. */
export const DEFAULT_RULES: readonly string[] = [
  'Tidak ada kritik: setiap gagasan diterima tanpa dinilai.',
  'Gagasan bebas dan tidak biasa disambut baik.',
  'Jumlah itu penting: makin banyak gagasan makin baik.',
  'Kembangkan dan gabungkan gagasan orang lain.',
  'Satu gagasan untuk satu kartu, ditulis singkat dan jelas.',
  'Fasilitator boleh juga menyampaikan pendapat sebagai anggota klaster, tetapi yang lebih penting adalah gagasan dari banyak peserta.',
  'Tetap pada tema dan waktu yang disepakati.',
];

export const DEFAULT_THEMES: Record<WorkshopTemplate, string> = {
  free: 'Curah pendapat',
  problems: 'Masalah utama klaster dan penyebabnya',
  swot: 'Analisis SWOT klaster',
  longlist: 'Daftar panjang tema kegiatan',
  vision: 'Kata kunci visi klaster',
  diamond: 'Diagnosis daya saing klaster',
};

/** What is ranked by default: themes (groups) after sorting, single cards where cards are themes already. */
export const DEFAULT_RANK_TARGET: Record<WorkshopTemplate, TargetType> = {
  free: 'group', problems: 'group', swot: 'card', longlist: 'card', vision: 'card', diamond: 'card',
};

const text = (max: number) => z.string().trim().max(max);
const id = z.string().uuid();
const colour = z.enum(CARD_COLOURS);

export const workshopFields = z.object({
  template: z.enum(WORKSHOP_TEMPLATES),
  /** The question on the wall, e.g. "Masalah utama klaster". */
  theme: text(300).min(1),
  date: isoDate.or(z.literal('')),
  place: text(200),
  facilitator: text(120),
  rules: z.array(text(300).min(1)).max(30),
  dotsPerParticipant: z.number().int().min(1).max(20),
  decision: z.enum(DECISION_METHODS),
  rankTarget: z.enum(TARGET_TYPES),
  /** Number of top positions kept for the short list; null until the facilitator sets it. */
  cutLine: z.number().int().min(0).max(1000).nullable(),
  /** New cards are entered hidden ("private writing") until `cards.reveal`. */
  privateWriting: z.boolean(),
});
export type WorkshopFields = z.infer<typeof workshopFields>;
export const workshop = workshopFields.extend({ id, createdAt: z.string(), updatedAt: z.string() });
export type Workshop = z.infer<typeof workshop>;
export const workshopSummary = workshop.extend({
  cardCount: z.number().int(), groupCount: z.number().int(), participantCount: z.number().int(),
});

export const participantFields = z.object({ name: text(120).min(1), organisation: text(200) });
export const participant = participantFields.extend({
  id, workshopId: id, stakeholderId: id.nullable(), position: z.number().int(),
});
export type Participant = z.infer<typeof participant>;

export const groupFields = z.object({ name: text(120).min(1), colour });
export const cardGroup = groupFields.extend({
  id, workshopId: id, position: z.number().int(),
  /** S/W/O/T for the fixed SWOT columns, F..K for the diagnosis columns, null for groups made on the wall. */
  fixedKey: z.enum(FIXED_KEYS).nullable(),
});
export type CardGroup = z.infer<typeof cardGroup>;

export const cardFields = z.object({
  text: text(CARD_TEXT_MAX).min(1),
  /** A participant of this workshop, or a typed name; neither means anonymous. */
  authorParticipantId: id.nullable(),
  authorName: text(120),
  colour,
  hidden: z.boolean(),
  /**
   * Taken off the wall by the facilitator: not on the projector, the phones, the ranking or the
   * results. Unlike `hidden` (a private round), a reveal does not bring it back.
   */
  withheld: z.boolean(),
});
export const card = cardFields.extend({
  id, workshopId: id, groupId: id.nullable(), position: z.number().int(),
  /** Who wrote it as shown: the participant's name, the typed name, or null (anonymous). */
  author: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});
export type Card = z.infer<typeof card>;

const target = { targetType: z.enum(TARGET_TYPES), targetId: id };
/** Dots of one participant on one card/group; participantId null = dots counted from the wall. */
export const vote = z.object({ id, workshopId: id, ...target, participantId: id.nullable(), dots: z.number().int() });
export type Vote = z.infer<typeof vote>;
export const score = z.object({
  id, workshopId: id, ...target,
  /** 1-5 each; one may still be open while the group discusses the other. */
  importance: z.number().int().min(1).max(5).nullable(), feasibility: z.number().int().min(1).max(5).nullable(),
});
export type Score = z.infer<typeof score>;
/** One participant's own importance and feasibility for a card/group (the agreed one is `score`). */
export const participantScore = score.extend({ participantId: id });
export type ParticipantScore = z.infer<typeof participantScore>;
/** The participants' scores of one target: means over those who gave each half, and how many scored. */
export const scoreAverage = z.object({
  ...target,
  importance: z.number().nullable(), importanceCount: z.number().int(),
  feasibility: z.number().nullable(), feasibilityCount: z.number().int(),
  /** Participants who gave at least one of the two. */
  count: z.number().int(),
});
export type ScoreAverage = z.infer<typeof scoreAverage>;

/** A timer round; the renderer counts down to endsAt, so a reload shows the same time left. */
export const round = z.object({
  id, workshopId: id, position: z.number().int(), label: z.string(), durationSeconds: z.number().int(),
  startedAt: z.string(), pausedRemaining: z.number().int().nullable(), status: z.enum(ROUND_STATUSES),
  endedAt: z.string().nullable(),
  /** Seconds left when read (0 once over time); endsAt is set only while running. */
  remainingSeconds: z.number().int(), endsAt: z.string().nullable(),
});
export type Round = z.infer<typeof round>;

/** The whole wall in one read: what the workshop screen shows. */
export const workshopBoard = workshop.extend({
  participants: z.array(participant), groups: z.array(cardGroup), cards: z.array(card),
  votes: z.array(vote), scores: z.array(score), currentRound: round.nullable(),
  participantScores: z.array(participantScore), scoreAverages: z.array(scoreAverage),
});
export type WorkshopBoard = z.infer<typeof workshopBoard>;

export const rankedItem = z.object({
  ...target,
  label: z.string(),
  /** The group a ranked card sits in, or the card count of a ranked group. */
  groupName: z.string().nullable(), cardCount: z.number().int(),
  dots: z.number().int(), importance: z.number().int().nullable(), feasibility: z.number().int().nullable(),
  product: z.number().int().nullable(),
  /** Competition ranking (1, 2, 2, 4); null when the item got no dots/score. */
  rank: z.number().int().nullable(),
  /** Shares its rank with another item: shown as "2=". */
  tied: z.boolean(),
  shortlisted: z.boolean(),
  /** Part of a tie that straddles the cut line: kept, but the facilitator has to decide. */
  tiedAtCut: z.boolean(),
});
export type RankedItem = z.infer<typeof rankedItem>;

/** The short list as data, so later features (vision, action plans) can carry it forward. */
export const shortlist = z.object({
  workshopId: id, theme: z.string(), template: z.enum(WORKSHOP_TEMPLATES), decision: z.enum(DECISION_METHODS),
  target: z.enum(TARGET_TYPES), cutLine: z.number().int().nullable(),
  items: z.array(rankedItem),
  shortlistedCount: z.number().int(),
  /** A tie at the cut line kept more items than the cut line: the facilitator decides. */
  needsDecision: z.boolean(),
});
export type Shortlist = z.infer<typeof shortlist>;
