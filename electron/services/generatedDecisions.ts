// The decisions the app writes into a meeting by itself (adopting the vision, authorising the
// AD/ART), in one place: the services write them, and the minutes recognise them to print the
// data they stand for instead (a nested mission list, the right agenda item). The version
// label ("versi 2: ...") helps the facilitator on the meeting screen; the printed minutes leave
// it out, since version numbers are the app's, not the meeting's.
import type { ArticleDoc } from '../../shared/domain/articles';

export const ARTICLE_DOC_NAMES: Readonly<Record<ArticleDoc, string>> = { ad: 'Anggaran Dasar', art: 'Anggaran Rumah Tangga' };

export function visionDecision(v: { number: number; vision: string; missions: readonly string[] }): string {
  const list = v.missions.map((m, k) => `${k + 1}. ${m}`).join(' ');
  return `Visi dan misi klaster (versi ${v.number}) disepakati dan ditetapkan. Visi: "${v.vision}". Misi: ${list}`;
}

export const articlesDecision = (v: { doc: ArticleDoc; number: number; name: string }) =>
  `${ARTICLE_DOC_NAMES[v.doc]} organisasi klaster (versi ${v.number}: ${v.name}) disahkan oleh rapat.`;

export const isVisionDecision = (text: string) => /^Visi dan misi klaster\b[^.]*disepakati dan ditetapkan/.test(text);

export const isArticlesDecision = (text: string, doc: ArticleDoc) =>
  text.startsWith(`${ARTICLE_DOC_NAMES[doc]} organisasi klaster`) && /disahkan oleh rapat\.$/.test(text);

/** "(versi 1)", "(versi 2: Hasil FGD)": the app's version labels, left out of printed minutes. */
export const withoutVersionLabels = (text: string) => text.replace(/\s*\(versi \d+(?::[^()]*)?\)/g, '');
