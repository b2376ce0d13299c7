import type { Meeting } from '../../../shared/domain/meeting';
import type { VisionVersion } from '../../../shared/domain/vision';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, centered, contentWidthTwip, heading, italic, LIST, listItem, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';

/** The statement of vision and mission, signed by the cluster's chair, known to the office. */
export async function renderVisionMission(v: VisionVersion, adoptedIn: Meeting | null, ctx: DocContext, chairName = ''): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const adoptedDate = adoptedIn?.date || v.adoptedAt?.slice(0, 10) || '';
  const status = v.adoptedAt
    ? `Ditetapkan dalam ${adoptedIn?.title ?? 'rapat'}${adoptedDate ? ` pada tanggal ${formatTanggal(adoptedDate)}` : ''}.`
    : `Rancangan versi ${v.number}; belum ditetapkan.`;
  const doc = buildDocument({
    title: `Visi dan Misi ${ctx.project.name}`,
    paper: ctx.paper,
    // The cluster's own paper: its heading, not the Dinas's letterhead.
    letterhead: ctx.cluster.heading,
    draftMark: v.adoptedAt ? undefined : 'RANCANGAN',
    sections: [[
      title('VISI DAN MISI'),
      title(ctx.project.name.toUpperCase()),
      blank(),
      heading('VISI', 1),
      centered(italic(`“${v.vision}”`)),
      blank(),
      heading('MISI', 1),
      // From the last mission on, each paragraph keeps with the next one, so the signature
      // block never stands alone on a page of its own.
      ...v.missions.map((m, i) => listItem(LIST.angka, m, { restart: i === 0, keepNext: i === v.missions.length - 1 })),
      para(status, { keepNext: true, spaceBeforePt: 12 }),
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${adoptedDate ? formatTanggal(adoptedDate) : '...........'}`, role: `Ketua ${ctx.cluster.name},`, name: chairName || ctx.cluster.chairName },
      ], {
        totalWidthTwip: width,
        single: 'right',
        mengetahui: officialBlock(ctx.officials.kepalaDinas, 'Mengetahui,'),
      }),
    ]],
  });
  return toResult(`Visi dan Misi ${ctx.project.name}${v.adoptedAt ? '' : ` (rancangan v${v.number})`}`, await renderDocx(doc));
}
