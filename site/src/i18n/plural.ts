/**
 * The singular or plural form of a "one|other" interface text for the number n, by the language's rules.
 * Its own module so the islands can use it without bundling the interface dictionary.
 */
export function pluralForm(text: string, n: number, lang: string): string {
  const [one, other] = text.split('|');
  return other === undefined || pluralRules(lang).select(n) === 'one' ? one : other;
}

/** One Intl.PluralRules per language: creating one loads locale data and costs far more than selecting. */
const rules = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) rules.set(lang, (found = new Intl.PluralRules(lang)));
  return found;
}
