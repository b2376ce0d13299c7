import type { Cedc } from '../../../shared/domain/cedc';
import type { Organisation } from '../../../shared/domain/organisation';
import { formatTanggal } from '../../../shared/indonesian';
import { HEAD_TITLE } from '../../services/cedcDefaults';
import { blank, buildDocument, contentWidthTwip, labelValueTable, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';
import { membersTable } from './decree';

/**
 * Surat permohonan from the cluster organisation to the regional head. It carries the
 * organisation's own heading (name and seat), not the regency office's letterhead: the office
 * is the addressee.
 */
export async function renderRequestLetter(c: Cedc, org: Organisation, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const l = c.letter;
  const head = c.regionalHead === 'gubernur' ? `${HEAD_TITLE.gubernur} ${c.regionName}` : `${HEAD_TITLE[c.regionalHead]} ${c.regionName}`;
  const dots = '........................';
  const doc = buildDocument({
    title: l.subject || 'Surat permohonan',
    paper: ctx.paper,
    letterhead: { institution: org.name.toUpperCase(), address: org.seat || ctx.project.regency },
    sections: [
      [
        para(`${l.place || ctx.town || dots}, ${l.date ? formatTanggal(l.date) : dots}`, { align: 'right' }),
        blank(),
        labelValueTable([
          ['Nomor', l.number || dots],
          ['Sifat', l.nature || 'Biasa'],
          ['Lampiran', l.attachment || '-'],
          ['Perihal', l.subject],
        ], { totalWidthTwip: Math.round(width * 0.7) }),
        blank(),
        para('Kepada Yth.'),
        para(`${head}${c.regionalHeadName ? ` (${c.regionalHeadName})` : ''}`),
        para('di'),
        para('Tempat', { indentLeftTwip: 720 }),
        blank(),
        para('Dengan hormat,'),
        ...l.body.map((p) => para(p, { align: 'justify', firstLineTwip: 720 })),
        para('Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.', { align: 'justify', firstLineTwip: 720 }),
        blank(),
        signatureColumns([{ heading: 'Hormat kami,', role: `${l.signerPosition},`, name: l.signerName }], { totalWidthTwip: width, single: 'right' }),
        ...(l.copies.length ? [blank(), para('Tembusan:'), ...numberedList(LIST.angka, l.copies)] : []),
      ],
      [
        title('LAMPIRAN'),
        title(`USULAN SUSUNAN KEANGGOTAAN ${c.committeeName.toUpperCase()}`),
        blank(),
        membersTable(c, width),
      ],
    ],
  });
  return toResult(`Surat Permohonan ${c.committeeName}`, await renderDocx(doc));
}
