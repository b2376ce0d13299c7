// Anggaran Dasar / Anggaran Rumah Tangga: BAB in Roman numerals with a title, Pasal numbered
// continuously, ayat (1), (2) and points a., b. as real Word lists that restart in every Pasal,
// so the office can still insert an ayat in Word. Marked RANCANGAN until the general meeting
// authorised exactly this text.
import type { ArticleDoc, NumberedTree } from '../../../shared/domain/articles';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, heading, LIST, listItem, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { Paragraph } from 'docx';
import type { DocContext } from './common';

export const DOC_TITLE: Record<ArticleDoc, string> = { ad: 'ANGGARAN DASAR', art: 'ANGGARAN RUMAH TANGGA' };

export interface ArticlesPrint {
  doc: ArticleDoc;
  tree: NumberedTree;
  organisationName: string;
  /** The general meeting that authorised this text, when it did. */
  authorisedIn: { date: string; title: string } | null;
  versionLabel: string | null;
}

function articleBody(a: NumberedTree['chapters'][number]['articles'][number]): Paragraph[] {
  const out: Paragraph[] = [heading(`Pasal ${a.number}`, 2, { align: 'center', spaceBeforePt: 12, spaceAfterPt: a.title ? 0 : 6 })];
  if (a.title) out.push(heading(a.title, 2, { align: 'center', spaceBeforePt: 0 }));
  for (const p of a.paragraphs) {
    if (p.numbered) {
      // (1) restarts in every Pasal; its a., b. (level 1) restart under every ayat by themselves.
      out.push(listItem(LIST.ayat, p.rendered, { restart: p.number === 1 }));
      out.push(...p.points.map((pt) => listItem(LIST.ayat, pt.rendered, { level: 1 })));
    } else {
      out.push(para(p.rendered));
      out.push(...p.points.map((pt, k) => listItem(LIST.huruf, pt.rendered, { restart: k === 0 })));
    }
  }
  return out;
}

export async function renderArticles(p: ArticlesPrint, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const date = p.authorisedIn?.date ? formatTanggal(p.authorisedIn.date) : '...........................';
  const body: Paragraph[] = [];
  for (const c of p.tree.chapters) {
    body.push(heading(`BAB ${c.numeral}`, 1, { align: 'center', spaceBeforePt: 18, spaceAfterPt: 0 }));
    body.push(heading(c.title.toUpperCase(), 1, { align: 'center', spaceBeforePt: 0 }));
    for (const a of c.articles) body.push(...articleBody(a));
  }
  const doc = buildDocument({
    title: `${DOC_TITLE[p.doc]} ${p.organisationName}`,
    paper: ctx.paper,
    draftMark: p.authorisedIn ? undefined : 'RANCANGAN',
    sections: [[
      title(DOC_TITLE[p.doc]),
      title(p.organisationName.toUpperCase()),
      ...(p.versionLabel ? [para(p.versionLabel, { align: 'center' })] : []),
      blank(),
      ...body,
      blank(),
      // The closing formula sits in the signature block, so it never parts from the signature.
      signatureColumns([{
        heading: `Ditetapkan di ${ctx.town || '...........................'}`,
        placeDate: `pada tanggal ${date}`,
        role: `${p.authorisedIn?.title || 'Rapat Anggota'}\nPimpinan Rapat,`,
        name: '',
      }], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  const name = p.doc === 'ad' ? 'Anggaran Dasar' : 'Anggaran Rumah Tangga';
  return toResult(`${name} ${p.organisationName}${p.authorisedIn ? '' : ' (rancangan)'}`, await renderDocx(doc));
}
