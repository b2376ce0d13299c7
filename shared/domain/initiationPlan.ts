import { z } from 'zod';
import { MEETING_KINDS } from './meeting';
import { isoDate } from './project';

/**
 * The initiation plan (guideline Stage 1): what the facilitator will do to start the cluster, when,
 * what each step must produce, what it costs; a step tied to a kind of meeting shows those meetings
 * as they are created.
 */
const text = (max: number) => z.string().trim().max(max);
export const INITIATION_FUNDING = ['apbd', 'apbn', 'members', 'sponsor', 'other'] as const;

export const initiationActivityFields = z.object({
  title: text(200).min(1),
  startDate: isoDate.or(z.literal('')),
  endDate: isoDate.or(z.literal('')),
  /** The target output, e.g. "Visi dan misi klaster disepakati". */
  output: text(1000),
  /** Meetings of this kind belong to the step (FGD-1 for the vision and mission...). */
  meetingKind: z.enum(MEETING_KINDS).nullable(),
  /** Whole rupiah. */
  budget: z.number().int().min(0).max(1_000_000_000_000),
  funding: z.enum(INITIATION_FUNDING),
  note: text(2000),
});
export type InitiationActivityFields = z.infer<typeof initiationActivityFields>;

const id = z.string().uuid();
export const initiationActivity = initiationActivityFields.extend({
  id, position: z.number().int(),
  meetings: z.array(z.object({ id, title: z.string(), date: z.string() })),
});
export type InitiationActivity = z.infer<typeof initiationActivity>;

export const initiationPlan = z.object({
  activities: z.array(initiationActivity),
  budgetTotal: z.number().int(),
  /** Total per source of funds, in the order of INITIATION_FUNDING, sources with no money left out. */
  budgetBySource: z.array(z.object({ funding: z.enum(INITIATION_FUNDING), amount: z.number().int() })),
});
export type InitiationPlan = z.infer<typeof initiationPlan>;

/** The guideline's initiation steps (ANNEX-2), offered as the plan's starting point. */
export const DEFAULT_INITIATION: readonly Pick<InitiationActivityFields, 'title' | 'output' | 'meetingKind'>[] = [
  { title: 'Kunjungan dan pemetaan pemangku kepentingan', output: 'Daftar dan peta pemangku kepentingan; tokoh kunci dikenali', meetingKind: null },
  { title: 'Pertemuan awal inisiasi klaster', output: 'Peserta tercatat; pemahaman pendekatan klaster; pembagian kelompok kecil', meetingKind: 'kickoff' },
  { title: 'Rapat kelompok kecil', output: 'Ketua kelompok kecil terpilih; masukan peta pemangku kepentingan', meetingKind: 'small_group' },
  { title: 'FGD-1: visi, misi dan aturan', output: 'Visi dan misi klaster disepakati; draf aturan organisasi (jabatan, tugas, masa bakti)', meetingKind: 'fgd1' },
  { title: 'FGD-2: pemilihan pengurus', output: 'Ketua dan pengurus (anggota eksekutif) terpilih; organisasi klaster diumumkan', meetingKind: 'fgd2' },
  { title: 'Rapat umum anggota', output: 'Draf AD/ART disahkan; jadwal dan anggaran kegiatan', meetingKind: 'general' },
];
