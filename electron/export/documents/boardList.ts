import type { Organisation } from '../../../shared/domain/organisation';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, dataTable, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';

export function boardTable(org: Organisation, width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Jabatan', width: 28 }, { header: 'Nama', width: 33 }, { header: 'Usaha/Instansi', width: 32 }],
    rows: org.board.map((m, i) => [String(i + 1), m.positionTitle, m.name, m.organisation]),
  });
}

/** Susunan pengurus: the board on one page, to pin up or attach to letters. */
export async function renderBoardList(org: Organisation, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const first = org.board[0];
  const years = first?.termStart && first.termEnd ? `MASA BAKTI ${first.termStart.slice(0, 4)} - ${first.termEnd.slice(0, 4)}` : '';
  const chair = org.board.find((m) => /^ketua$/i.test(m.positionTitle))?.name ?? '';
  const date = org.foundingDate || first?.termStart || '';
  const doc = buildDocument({
    title: `Susunan Pengurus ${org.name}`,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('SUSUNAN PENGURUS'),
      title(org.name.toUpperCase()),
      ...(years ? [title(years)] : []),
      ...(org.seat ? [para(`Sekretariat: ${org.seat}`, { align: 'center' })] : []),
      blank(),
      boardTable(org, width),
      blank(),
      signatureColumns([{ placeDate: `${ctx.town || '...........'}, ${date ? formatTanggal(date) : '...........'}`, role: `Ketua ${org.name},`, name: chair }], {
        totalWidthTwip: width,
        single: 'right',
        mengetahui: ctx.project.facilitatorOffice ? { heading: 'Mengetahui,', role: `Kepala ${ctx.project.facilitatorOffice},`, name: '' } : undefined,
      }),
    ]],
  });
  return toResult(`Susunan Pengurus ${org.name}`, await renderDocx(doc));
}
