import type { Cedc } from '../../../shared/domain/cedc';
import type { Organisation } from '../../../shared/domain/organisation';
import { formatTanggal } from '../../../shared/indonesian';
import { HEAD_TITLE } from '../../services/cedcDefaults';
import { blank, buildDocument, cmToTwip, contentWidthTwip, labelValueTable, LIST, listItem, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult, type KopSuratSpec } from '../docx';
import type { DocContext } from './common';
import { annexHeading } from './annexHeading';
import { membersTable } from './decree';

/**
 * Surat permohonan to the regional head, from the committee's initiator. The cluster organisation
 * writes under its own heading (name and secretariat); the Dinas under its letterhead; Bappeda
 * under a plain heading of the regency, since the project holds no Bappeda letterhead.
 */
function senderHeading(c: Cedc, ctx: DocContext): KopSuratSpec {
  if (c.initiator === 'cluster') return ctx.cluster.heading;
  if (c.initiator === 'dinas' && ctx.letterhead) return ctx.letterhead;
  const government = `PEMERINTAH ${ctx.project.regency || c.regionName}`.toUpperCase();
  const office = ctx.officials[c.initiator === 'dinas' ? 'kepalaDinas' : 'kepalaBappeda'].title.replace(/^kepala\s+/i, '');
  return { institution: government, subInstitution: office.toUpperCase(), address: ctx.project.regency };
}

/** The cluster signs by its chair and secretary side by side; an office by its head, with NIP. */
function senderSignature(c: Cedc, ctx: DocContext, width: number) {
  const l = c.letter;
  if (c.initiator === 'cluster') {
    return [
      para('Hormat kami,', { align: 'center', keepNext: true, spaceBeforePt: 12 }),
      para(`Pengurus ${ctx.cluster.name}`, { align: 'center', keepNext: true }),
      signatureColumns([
        { role: 'Ketua,', name: l.signerName || ctx.cluster.chairName },
        { role: 'Sekretaris,', name: ctx.cluster.secretaryName },
      ], { totalWidthTwip: width }),
    ];
  }
  const official = ctx.officials[c.initiator === 'dinas' ? 'kepalaDinas' : 'kepalaBappeda'];
  const block = officialBlock({ ...official, name: l.signerName || official.name, title: l.signerPosition || official.title }, 'Hormat kami,');
  return [blank(), signatureColumns([block], { totalWidthTwip: width, single: 'right' })];
}

/** The place of signing, unless the letter names another than the regency's own name (the old default). */
const placeOf = (saved: string, c: Cedc, ctx: DocContext) => (saved && saved !== c.regionName ? saved : ctx.town);

export async function renderRequestLetter(c: Cedc, org: Organisation, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const l = c.letter;
  const head = c.regionalHead === 'gubernur' ? `${HEAD_TITLE.gubernur} ${c.regionName}` : `${HEAD_TITLE[c.regionalHead]} ${c.regionName}`;
  const dots = '........................';
  const doc = buildDocument({
    title: l.subject || 'Surat permohonan',
    paper: ctx.paper,
    letterhead: senderHeading(c, ctx),
    sections: [
      [
        // Spaced by paragraph spacing rather than empty lines, and the Perihal given the width to
        // wrap once at most, so the letter keeps one page for its signature and Tembusan.
        para(`${placeOf(l.place, c, ctx) || dots}, ${l.date ? formatTanggal(l.date) : dots}`, { align: 'right', spaceAfterPt: 12 }),
        labelValueTable([
          ['Nomor', l.number || dots],
          ['Sifat', l.nature || 'Biasa'],
          ['Lampiran', l.attachment || '-'],
          ['Perihal', l.subject],
        ], { totalWidthTwip: Math.round(width * 0.8), labelWidthTwip: cmToTwip(2.5) }),
        para('Kepada Yth.', { spaceBeforePt: 12, spaceAfterPt: 0 }),
        // The title only, as an official letter addresses the office ("Yth. Bupati Cirebon").
        para(head, { spaceAfterPt: 0 }),
        para('di', { spaceAfterPt: 0 }),
        para('Tempat', { indentLeftTwip: 720, spaceAfterPt: 12 }),
        para('Dengan hormat,'),
        ...l.body.map((p) => para(p, { align: 'justify', firstLineTwip: 720 })),
        // The closing keeps with the signature, and the Tembusan list keeps together.
        para('Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.', { align: 'justify', firstLineTwip: 720, keepNext: true }),
        ...senderSignature(c, ctx, width),
        ...(l.copies.length ? [para('Tembusan:', { spaceBeforePt: 6, spaceAfterPt: 0, keepNext: true }), ...l.copies.map((x, i) => listItem(LIST.angka, x, { restart: i === 0, keepNext: i < l.copies.length - 1, spaceAfterPt: 0 }))] : []),
      ],
      [
        // The annex names the letter it belongs to, by number and date.
        annexHeading([
          ['LAMPIRAN', 'SURAT PERMOHONAN'],
          ['NOMOR', l.number || dots],
          ['TANGGAL', l.date ? formatTanggal(l.date) : dots],
          ['PERIHAL', l.subject],
        ], width),
        blank(),
        title(`USULAN SUSUNAN KEANGGOTAAN ${c.committeeName.toUpperCase()}`),
        blank(),
        membersTable(c, width),
      ],
    ],
  });
  return toResult(`Surat Permohonan ${c.committeeName}`, await renderDocx(doc));
}
