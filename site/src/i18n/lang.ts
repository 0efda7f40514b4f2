export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Pick the text of a bilingual data field ({fr, en}) in the page's language. */
export function pick(text: { fr: string; en: string }, lang: Lang): string {
  return text[lang];
}
