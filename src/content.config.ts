import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { instrumentSchema } from './lib/content/schema/instrument-schema.ts';
import { asOfDay } from './node/as-of.ts';
import { CONTENT_DIR } from './node/content-files.ts';

/** One Markdown file per instrument in content/treaties/, validated by the schema in src/lib. */
export const collections = {
  treaties: defineCollection({
    loader: glob({ pattern: '*.md', base: CONTENT_DIR }),
    schema: instrumentSchema({ asOf: asOfDay() }),
  }),
};
