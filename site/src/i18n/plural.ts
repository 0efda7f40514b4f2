/**
 * The singular or plural form of a "one|other" interface text for the number n, by the language's rules.
 * Its own module so the islands can use it without bundling the interface dictionary.
 */
export function pluralForm(text: string, n: number, lang: string): string {
  const [one, other] = text.split('|');
  return other === undefined || new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
}
