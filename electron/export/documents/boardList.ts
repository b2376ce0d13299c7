import type { Organisation } from '../../../shared/domain/organisation';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, dataTable, officialBlock, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';

export function boardTable(org: Organisation, width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Jabatan', width: 28 }, { header: 'Nama', width: 33 }, { header: 'Usaha/Instansi', width: 32 }],
    rows: org.board.map((m, i) => [String(i + 1), m.positionTitle, m.name, m.organisation]),
  });
}

/** Pembina / Penasihat positions from the FGD-1 rules, and each member's phone (by board id). */
export interface BoardListExtras {
  advisors: readonly { title: string; count: number }[];
  contacts: ReadonlyMap<string, string>;
}

const NO_EXTRAS: BoardListExtras = { advisors: [], contacts: new Map() };
const DOTS = '........................';

/**
 * Advisors head the list, as in Indonesian organisation charts: those seated on the board under
 * that title, otherwise a line to fill in per seat. Then the elected board, each with a contact.
 */
function listRows(org: Organisation, x: BoardListExtras): string[][] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const advisorRows = x.advisors.flatMap((a) => {
    const seated = org.board.filter((m) => same(m.positionTitle, a.title));
    return seated.length
      ? seated.map((m) => [m.positionTitle, m.name, m.organisation, x.contacts.get(m.id) ?? ''])
      : Array.from({ length: a.count }, () => [a.title, DOTS, '', '']);
  });
  const board = org.board.filter((m) => !x.advisors.some((a) => same(m.positionTitle, a.title)))
    .map((m) => [m.positionTitle, m.name, m.organisation, x.contacts.get(m.id) ?? '']);
  return [...advisorRows, ...board].map((r, i) => [String(i + 1), ...r]);
}

function boardListTable(org: Organisation, x: BoardListExtras, width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [
      { header: 'No', width: 6, align: 'center' }, { header: 'Jabatan', width: 24 }, { header: 'Nama', width: 26 },
      { header: 'Usaha/Instansi', width: 24 }, { header: 'Kontak (No. HP)', width: 20 },
    ],
    rows: listRows(org, x),
  });
}

/** Susunan pengurus: the board on one page, to pin up or attach to letters. */
export async function renderBoardList(org: Organisation, ctx: DocContext, extras: BoardListExtras = NO_EXTRAS): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const first = org.board[0];
  const years = first?.termStart && first.termEnd ? `MASA BAKTI ${first.termStart.slice(0, 4)} - ${first.termEnd.slice(0, 4)}` : '';
  const chair = org.board.find((m) => /^ketua$/i.test(m.positionTitle))?.name || ctx.cluster.chairName;
  const date = org.foundingDate || first?.termStart || '';
  const doc = buildDocument({
    title: `Susunan Pengurus ${org.name}`,
    paper: ctx.paper,
    // The cluster's own paper: its heading, not the Dinas's letterhead.
    letterhead: ctx.cluster.heading,
    sections: [[
      title('SUSUNAN PENGURUS'),
      title(org.name.toUpperCase()),
      ...(years ? [title(years)] : []),
      blank(),
      boardListTable(org, extras, width),
      blank(),
      signatureColumns([{ placeDate: `${ctx.town || '...........'}, ${date ? formatTanggal(date) : '...........'}`, role: `Ketua ${org.name},`, name: chair }], {
        totalWidthTwip: width,
        single: 'right',
        mengetahui: officialBlock(ctx.officials.kepalaDinas, 'Mengetahui,'),
      }),
    ]],
  });
  return toResult(`Susunan Pengurus ${org.name}`, await renderDocx(doc));
}
