import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Prose in MDX, one file per language under fr/ and en/; `key` pairs a text with its translation, and the file
 * name is the page's slug in its language. No figure is typed in prose: components read them from the data.
 */
const prose = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['fr', 'en']),
  title: z.string().min(1),
  description: z.string().min(1),
});

export const collections = {
  /** Short explainers: who does what, and what the words of the debate mean. */
  explainers: defineCollection({
    loader: glob({ pattern: '{fr,en}/*.mdx', base: './src/content/explainers' }),
    schema: prose.extend({ order: z.number().int() }),
  }),
  /** The method and developers pages. */
  pages: defineCollection({
    loader: glob({ pattern: '{fr,en}/*.mdx', base: './src/content/pages' }),
    schema: prose,
  }),
};
