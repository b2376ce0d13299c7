import type { articlesId } from './articles.id';

export const articlesEn: typeof articlesId = {
  title: 'Articles',
  errors: {},
};

export const articleMethodsEn: Record<string, string> = {};
