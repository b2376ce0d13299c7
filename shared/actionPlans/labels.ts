import type { FundSource, Horizon, ImprovementArea, PdcaStage, PdmLevel } from '../domain/actionPlan';
import type { IndicatorLevel, IndicatorStatus } from '../domain/indicator';

// The Indonesian words the documents and spreadsheets print (screens take theirs from i18n).

export const AREA_LABEL: Record<ImprovementArea, string> = {
  raw_material: 'Bahan baku', production: 'Produksi', market_access: 'Akses pasar', human_resources: 'SDM', finance: 'Keuangan',
};
export const SOURCE_LABEL: Record<FundSource, string> = { members: 'Anggota', apbd: 'APBD', bank: 'Bank', csr: 'CSR', others: 'Lainnya' };
export const STAGE_LABEL: Record<PdcaStage, string> = { plan: 'Plan (rencana)', do: 'Do (pelaksanaan)', check: 'Check (evaluasi)', action: 'Action (perbaikan)' };
export const HORIZON_LABEL: Record<Horizon, string> = { short: 'Jangka pendek', medium: 'Jangka menengah (3 tahun)' };
export const PDM_LABEL: Record<PdmLevel, string> = {
  goal: 'Gol Umum (Overall Goal)', purpose: 'Tujuan Proyek (Project Purpose)', outputs: 'Output', activities: 'Kegiatan (Activities)',
  inputs: 'Input', preconditions: 'Prasyarat (Pre-conditions)',
};
export const LEVEL_LABEL: Record<IndicatorLevel, string> = { goal: 'Gol umum', purpose: 'Tujuan', outputs: 'Output' };
export const STATUS_LABEL: Record<IndicatorStatus, string> = { no_data: 'Belum ada data', behind: 'Di bawah target', on_track: 'Sesuai target', achieved: 'Tercapai' };

/** "Selesai" once the closing record is written, else the PDCA stage. */
export const stageText = (p: { stage: PdcaStage; closedAt: string | null }) => (p.closedAt ? 'Selesai' : STAGE_LABEL[p.stage]);

/** One output or input a line: what the facilitator typed, as a list. */
export const linesOf = (text: string): string[] => text.split('\n').map((s) => s.trim()).filter(Boolean);
