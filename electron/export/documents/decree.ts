import type { Cedc } from '../../../shared/domain/cedc';
import { urutanKata } from '../../../shared/indonesian';
import { HEAD_TITLE } from '../../services/cedcDefaults';
import { blank, buildDocument, centered, contentWidthTwip, dataTable, labelValueTable, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';

/** "Kepala Dinas" + "Dinas Perindustrian" reads "Kepala Dinas Perindustrian", not "Kepala Dinas Dinas ...". */
export function officeOf(position: string, institution: string): string {
  const last = position.trim().split(/\s+/).at(-1)?.toLowerCase();
  const [first, ...rest] = institution.trim().split(/\s+/);
  if (last && first && last === first.toLowerCase()) return `${position.trim()} ${rest.join(' ')}`.trim();
  return [position.trim(), institution.trim()].filter(Boolean).join(' ');
}

export function membersTable(c: Cedc, width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Jabatan dalam Tim', width: 25 }, { header: 'Jabatan/Instansi', width: 43 }, { header: 'Nama', width: 25 }],
    rows: c.members.map((m, i) => [String(i + 1), m.committeePosition, officeOf(m.officialPosition, m.institution), m.person]),
  });
}

/**
 * Draft decree in the structure of Law 12/2011 Annex II: title, Menimbang, Mengingat,
 * MEMUTUSKAN, dictums KESATU..., signature, Tembusan, and the annex with the members.
 * Marked RANCANGAN: it is the regency's to number, date and sign.
 */
export async function renderDecree(c: Cedc, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const d = c.decree;
  const head = `${HEAD_TITLE[c.regionalHead]} ${c.regionName}`.toUpperCase();
  const number = `NOMOR ${d.number || '.......'} TAHUN ${d.year || '.......'}`;
  const doc = buildDocument({
    title: `Rancangan Keputusan ${head}`,
    paper: ctx.paper,
    draftMark: 'RANCANGAN',
    sections: [
      [
        title(`KEPUTUSAN ${head}`),
        title(number),
        title('TENTANG'),
        title(d.subject),
        blank(),
        centered('DENGAN RAHMAT TUHAN YANG MAHA ESA'),
        blank(),
        centered(`${head},`),
        blank(),
        labelValueTable([
          ['Menimbang', numberedList(LIST.huruf, d.considerations)],
          ['Mengingat', numberedList(LIST.angka, d.legalBases)],
        ], { totalWidthTwip: width }),
        blank(),
        centered('MEMUTUSKAN:'),
        labelValueTable([
          ['Menetapkan', `KEPUTUSAN ${head} TENTANG ${d.subject}.`],
          ...d.dictums.map((text, i) => [urutanKata(i + 1), text] as const),
        ], { totalWidthTwip: width }),
        blank(),
        signatureColumns([{ placeDate: `Ditetapkan di ${d.place || ctx.town || '..........'}\npada tanggal ..........`, role: `${head},`, name: c.regionalHeadName }], { totalWidthTwip: width, single: 'right' }),
        ...(d.copies.length ? [blank(), para('Tembusan:'), ...numberedList(LIST.angka, d.copies)] : []),
      ],
      [
        labelValueTable([
          ['LAMPIRAN', `KEPUTUSAN ${head}`],
          ['NOMOR', `${d.number || '.......'} TAHUN ${d.year || '.......'}`],
          ['TANGGAL', '..........'],
          ['TENTANG', d.subject],
        ], { totalWidthTwip: Math.round(width * 0.6) }),
        blank(),
        title(`SUSUNAN KEANGGOTAAN ${c.committeeName.toUpperCase()}`),
        blank(),
        membersTable(c, width),
        blank(),
        signatureColumns([{ role: `${head},`, name: c.regionalHeadName }], { totalWidthTwip: width, single: 'right' }),
      ],
    ],
  });
  return toResult(`Rancangan Keputusan ${HEAD_TITLE[c.regionalHead]} ${c.regionName} - ${c.committeeName}`, await renderDocx(doc));
}
