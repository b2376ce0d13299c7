// Anggaran Dasar / Anggaran Rumah Tangga: BAB in Roman numerals with a title, Pasal numbered
// continuously, ayat (1), (2) and points a., b. as real Word lists that restart in every Pasal,
// so the office can still insert an ayat in Word. Marked RANCANGAN until the general meeting
// authorised exactly this text.
import type { ArticleDoc, NumberedTree } from '../../../shared/domain/articles';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, heading, LIST, listItem, para, renderDocx, signatureColumns, STYLE, title, toResult, type DocumentResult } from '../docx';
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

/**
 * A reference typed by hand in the editor's own form ("⟦Pasal 10⟧") prints as the plain
 * "Pasal 10"; the brackets only mark references on the screen.
 */
const printable = (text: string) => text.replace(/⟦([^⟦⟧]*)⟧/g, '$1');

/**
 * "BAB IV" and "Pasal 12" are Word list numbers (numbering.xml), not typed text, so a Pasal the
 * office inserts in Word renumbers every later one. They come out as the app derives them: the
 * lists run in document order and never restart, exactly like shared/articleNumbering.ts.
 */
const numberedHeading = (kind: typeof LIST.bab | typeof LIST.pasal, level: 1 | 2, o: { spaceBeforePt: number; spaceAfterPt: number }) =>
  listItem(kind, [], { style: level === 1 ? STYLE.heading1 : STYLE.heading2, align: 'center', keepNext: true, ...o });

/** `keep`: every paragraph keeps with the next, so the last Pasal goes with the signature. */
function articleBody(a: NumberedTree['chapters'][number]['articles'][number], keep = false): Paragraph[] {
  const out: Paragraph[] = [numberedHeading(LIST.pasal, 2, { spaceBeforePt: 12, spaceAfterPt: a.title ? 0 : 6 })];
  if (a.title) out.push(heading(a.title, 2, { align: 'center', spaceBeforePt: 0, keepNext: true }));
  for (const p of a.paragraphs) {
    if (p.numbered) {
      // (1) restarts in every Pasal; its a., b. (level 1) restart under every ayat by themselves.
      out.push(listItem(LIST.ayat, printable(p.rendered), { restart: p.number === 1, keepNext: keep }));
      out.push(...p.points.map((pt) => listItem(LIST.ayat, printable(pt.rendered), { level: 1, keepNext: keep })));
    } else {
      out.push(para(printable(p.rendered), { keepNext: keep }));
      out.push(...p.points.map((pt, k) => listItem(LIST.huruf, printable(pt.rendered), { restart: k === 0, keepNext: keep })));
    }
  }
  return out;
}

export async function renderArticles(p: ArticlesPrint, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const date = p.authorisedIn?.date ? formatTanggal(p.authorisedIn.date) : '...........................';
  const body: Paragraph[] = [];
  const last = p.tree.chapters.at(-1)?.articles.at(-1);
  for (const c of p.tree.chapters) {
    body.push(numberedHeading(LIST.bab, 1, { spaceBeforePt: 18, spaceAfterPt: 0 }));
    body.push(heading(c.title.toUpperCase(), 1, { align: 'center', spaceBeforePt: 0, keepNext: true }));
    for (const a of c.articles) body.push(...articleBody(a, a === last));
  }
  const doc = buildDocument({
    title: `${DOC_TITLE[p.doc]} ${p.organisationName}`,
    paper: ctx.paper,
    // The cluster's own paper: its heading, not the Dinas's letterhead.
    letterhead: ctx.cluster.heading,
    draftMark: p.authorisedIn ? undefined : 'RANCANGAN',
    sections: [[
      title(DOC_TITLE[p.doc]),
      title(p.organisationName.toUpperCase()),
      ...(p.versionLabel ? [para(p.versionLabel, { align: 'center' })] : []),
      blank(),
      ...body,
      // The closing formula sits in the signature block, so it never parts from the signature.
      signatureColumns([{
        heading: `Ditetapkan di ${ctx.town || '...........................'}`,
        placeDate: `pada tanggal ${date}`,
        // Authorised by the members' meeting, signed by the elected chair.
        role: `${p.authorisedIn?.title || 'Rapat Anggota'}\nKetua ${p.organisationName},`,
        name: ctx.cluster.chairName,
      }], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  const name = p.doc === 'ad' ? 'Anggaran Dasar' : 'Anggaran Rumah Tangga';
  return toResult(`${name} ${p.organisationName}${p.authorisedIn ? '' : ' (rancangan)'}`, await renderDocx(doc));
}
