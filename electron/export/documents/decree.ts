import type { Cedc } from '../../../shared/domain/cedc';
import { urutanKata } from '../../../shared/indonesian';
import { HEAD_TITLE } from '../../services/cedcDefaults';
import { blank, buildDocument, centered, contentWidthTwip, dataTable, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import { annexHeading } from './annexHeading';
import { legalBody } from './decreeBody';
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
  // The name typed on the committee screen, else the Bupati/Walikota of the signing settings.
  const headName = c.regionalHeadName || ctx.officials.regionalHead.name;
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
        legalBody([
          { label: 'Menimbang', items: d.considerations, list: LIST.huruf },
          { label: 'Mengingat', items: d.legalBases, list: LIST.angka },
        ], width),
        blank(),
        centered('MEMUTUSKAN:'),
        legalBody([
          { label: 'Menetapkan', items: [`KEPUTUSAN ${head} TENTANG ${d.subject}.`], align: 'left' },
          ...d.dictums.map((text, i) => ({ label: urutanKata(i + 1), items: [text] })),
        ], width),
        blank(),
        signatureColumns([{ placeDate: `Ditetapkan di ${(d.place && d.place !== c.regionName ? d.place : ctx.town) || '..........'}\npada tanggal ..........`, role: `${head},`, name: headName }], { totalWidthTwip: width, single: 'right' }),
        ...(d.copies.length ? [blank(), para('Tembusan:'), ...numberedList(LIST.angka, d.copies)] : []),
      ],
      [
        annexHeading([
          ['LAMPIRAN', `KEPUTUSAN ${head}`],
          ['NOMOR', `${d.number || '.......'} TAHUN ${d.year || '.......'}`],
          ['TANGGAL', '..........'],
          ['TENTANG', d.subject],
        ], width),
        blank(),
        title(`SUSUNAN KEANGGOTAAN ${c.committeeName.toUpperCase()}`),
        blank(),
        membersTable(c, width),
        blank(),
        signatureColumns([{ role: `${head},`, name: headName }], { totalWidthTwip: width, single: 'right' }),
      ],
    ],
  });
  return toResult(`Rancangan Keputusan ${HEAD_TITLE[c.regionalHead]} ${c.regionName} - ${c.committeeName}`, await renderDocx(doc));
}
