/**
 * The MDX texts (src/content/{explainers,pages}/{fr,en}/*.mdx), paired by `key` across languages, and the paths of
 * their pages. They are imported as modules (import.meta.glob), their front matter checked here: Astro's content
 * collections would add a content sync and a data store to every build (about a third of a second of a ×1 build)
 * for 32 files the pages import anyway.
 */
import { z } from 'astro/zod';
import type { MDXInstance } from 'astro';
import { sectionPath, type Section } from '../i18n/routes.ts';
import type { Lang } from '../i18n/lang.ts';

/** `key` pairs a text with its translation; the file name is the page's slug in its language. */
const prose = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['fr', 'en']),
  title: z.string().min(1),
  description: z.string().min(1),
});
const schemas = {
  /** Short explainers: who does what, and what the words of the debate mean. */
  explainers: prose.extend({ order: z.number().int() }),
  /** The method, developers, accessibility and legal pages. */
  pages: prose,
};
type Collection = keyof typeof schemas;

export interface Entry<C extends Collection> {
  /** `<lang>/<file name>`, e.g. `fr/desert-medical`. */
  id: string;
  data: z.infer<(typeof schemas)[C]>;
  /** The text, to render as `<entry.Content />`. */
  Content: MDXInstance<Record<string, unknown>>['default'];
}
export type Explainer = Entry<'explainers'>;
export type ProsePage = Entry<'pages'>;

/** The entries of a collection, their front matter checked: a wrong field stops the build naming the file. */
function entries<C extends Collection>(collection: C, modules: Record<string, MDXInstance<Record<string, unknown>>>): Entry<C>[] {
  return Object.entries(modules).map(([path, module]) => {
    const file = path.slice(path.indexOf('content/'));
    const id = /\/((?:fr|en)\/[^/]+)\.mdx$/.exec(path)?.[1];
    if (!id) throw new Error(`site: ${file} must be in a fr/ or en/ folder`);
    const parsed = schemas[collection].safeParse(module.frontmatter);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`).join('; ');
      throw new Error(`site: ${file}: front matter: ${problems}`);
    }
    if (parsed.data.lang !== id.slice(0, 2)) throw new Error(`site: ${file}: lang "${parsed.data.lang}" but the file is in ${id.slice(0, 2)}/`);
    return { id, data: parsed.data as Entry<C>['data'], Content: module.default };
  });
}

const collections = {
  explainers: entries('explainers', import.meta.glob<MDXInstance<Record<string, unknown>>>('../content/explainers/{fr,en}/*.mdx', { eager: true })),
  pages: entries('pages', import.meta.glob<MDXInstance<Record<string, unknown>>>('../content/pages/{fr,en}/*.mdx', { eager: true })),
};

/** The slug of an entry: its file name, without the language folder. */
export const slugOf = (entry: { id: string }) => entry.id.slice(entry.id.indexOf('/') + 1);

export function explainers(lang: Lang): Explainer[] {
  return collections.explainers.filter((e) => e.data.lang === lang).sort((a, b) => a.data.order - b.data.order);
}

/** An entry's translation; the build fails when one is missing, since every page must exist in both languages. */
export function translationOf<C extends Collection>(collection: C, entry: Entry<C>): Entry<C> {
  const other = (collections[collection] as Entry<C>[]).find((e) => e.data.key === entry.data.key && e.data.lang !== entry.data.lang);
  if (!other) throw new Error(`site: ${collection}/${entry.id} has no translation (key "${entry.data.key}")`);
  return other;
}

export const explainerPath = (entry: Explainer) => sectionPath(entry.data.lang, 'explainers', slugOf(entry));

export function explainerPaths(lang: Lang) {
  return explainers(lang).map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry } }));
}

/** A prose page (method, developers) by key, in one language. */
export function prosePage(key: Section, lang: Lang): ProsePage {
  const entry = collections.pages.find((e) => e.data.key === key && e.data.lang === lang);
  if (!entry) throw new Error(`site: no ${lang} page "${key}" in src/content/pages`);
  return entry;
}
