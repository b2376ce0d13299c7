// Strings of the articles (AD/ART) screens (Bahasa Indonesia). articles.en.ts has the same keys.
export const articlesId = {
  title: 'AD/ART',
  errors: {} as Record<string, string>,
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const articleMethodsId: Record<string, string> = {};
