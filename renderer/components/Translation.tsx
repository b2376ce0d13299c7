import { useLanguage } from '../i18n';
import { TEMPLATE_ENGLISH } from '../i18n/templates.en';

/**
 * In English mode, the English of a text the workbench prefilled in Indonesian (an agenda item,
 * a brainstorming rule, a default theme), shown beside it; nothing once the text was edited.
 */
export function Translation({ text }: { text: string }) {
  const lang = useLanguage((s) => s.lang);
  const english = lang === 'en' ? TEMPLATE_ENGLISH.get(text.trim()) : undefined;
  if (!english) return null;
  return <span className="translation" lang="en">{english}</span>;
}
