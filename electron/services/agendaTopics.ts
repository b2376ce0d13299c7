// Which agenda item a decision drawn from the project's data belongs to. Each topic lists its
// patterns in order of preference and the first pattern that matches any item wins, so the
// AD/ART authorisation goes under "Pengesahan draf aturan klaster", never under "Rencana
// anggaran": that is a budget, and only "anggaran dasar / rumah tangga" names the articles.
export type AgendaTopic = 'vision' | 'rules' | 'election' | 'articles';

const ARTICLES = /anggaran\s+dasar|anggaran\s+rumah\s+tangga/i;
/** "AD", "ART", "AD/ART" are acronyms: matched in capitals only. */
const ARTICLES_SHORT = /\bAD\b|\bART\b/;

const TOPICS: Readonly<Record<AgendaTopic, readonly RegExp[]>> = {
  vision: [/\bvisi\b|\bmisi\b/i],
  rules: [/\baturan\b/i, ARTICLES, ARTICLES_SHORT, /tunjangan|masa\s+bakti|syarat\s+keanggotaan/i],
  election: [/pemilihan|memilih/i, /\bpengurus\b|\bketua\b/i, /\bkomite\b|\bKPET\b|\bCEDC\b/i],
  articles: [ARTICLES, ARTICLES_SHORT, /\baturan\b/i],
};

export function agendaItemFor<T extends { title: string }>(items: readonly T[], topic: AgendaTopic): T | undefined {
  for (const pattern of TOPICS[topic]) {
    const item = items.find((i) => pattern.test(i.title));
    if (item) return item;
  }
  return undefined;
}
