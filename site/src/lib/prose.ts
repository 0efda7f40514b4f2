/** The MDX collections, paired by `key` across languages, and the paths of their pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionPath, type Section } from '../i18n/routes.ts';
import type { Lang } from '../i18n/lang.ts';

export type Explainer = CollectionEntry<'explainers'>;
export type ProsePage = CollectionEntry<'pages'>;

/** The slug of an entry: its file name, without the language folder. */
export const slugOf = (entry: { id: string }) => entry.id.slice(entry.id.indexOf('/') + 1);

export async function explainers(lang: Lang): Promise<Explainer[]> {
  return (await getCollection('explainers', (e) => e.data.lang === lang)).sort((a, b) => a.data.order - b.data.order);
}

/** An entry's translation; the build fails when one is missing, since every page must exist in both languages. */
export async function translationOf<C extends 'explainers' | 'pages'>(collection: C, entry: CollectionEntry<C>): Promise<CollectionEntry<C>> {
  const other = (await getCollection(collection)).find((e) => e.data.key === entry.data.key && e.data.lang !== entry.data.lang);
  if (!other) throw new Error(`site: ${collection}/${entry.id} has no translation (key "${entry.data.key}")`);
  return other as CollectionEntry<C>;
}

export const explainerPath = (entry: Explainer) => sectionPath(entry.data.lang, 'explainers', slugOf(entry));

export async function explainerPaths(lang: Lang) {
  return (await explainers(lang)).map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry } }));
}

/** A prose page (method, developers) by key, in one language. */
export async function prosePage(key: Section, lang: Lang): Promise<ProsePage> {
  const entry = (await getCollection('pages')).find((e) => e.data.key === key && e.data.lang === lang);
  if (!entry) throw new Error(`site: no ${lang} page "${key}" in src/content/pages`);
  return entry;
}
