import type { Meeting } from '../../../shared/domain/meeting';
import type { VisionVersion } from '../../../shared/domain/vision';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, centered, contentWidthTwip, heading, italic, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
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
    letterhead: ctx.letterhead,
    draftMark: v.adoptedAt ? undefined : 'RANCANGAN',
    sections: [[
      title('VISI DAN MISI'),
      title(ctx.project.name.toUpperCase()),
      blank(),
      heading('VISI', 1),
      centered(italic(`“${v.vision}”`)),
      blank(),
      heading('MISI', 1),
      ...numberedList(LIST.angka, v.missions),
      blank(),
      para(status),
      blank(),
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${adoptedDate ? formatTanggal(adoptedDate) : '...........'}`, role: `Ketua ${ctx.project.name},`, name: chairName },
      ], {
        totalWidthTwip: width,
        single: 'right',
        mengetahui: ctx.project.facilitatorOffice ? { heading: 'Mengetahui,', role: `Kepala ${ctx.project.facilitatorOffice},`, name: '' } : undefined,
      }),
    ]],
  });
  return toResult(`Visi dan Misi ${ctx.project.name}${v.adoptedAt ? '' : ` (rancangan v${v.number})`}`, await renderDocx(doc));
}
