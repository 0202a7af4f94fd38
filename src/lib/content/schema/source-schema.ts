import { z } from 'zod';
import { partialDateSchema } from './partial-date-schema.ts';
import { textSchema } from './text-schema.ts';
import { webAddressProblem } from './web-address.ts';

/** A web address that readers can open safely: https only, without credentials (see webAddressProblem). */
export const httpsUrlSchema = z
  .string({ error: 'the url is missing — write the https:// address of the page you cited' })
  .check((ctx) => {
    const problem = webAddressProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as it appears there. */
  title: textSchema('the title of the cited page', 'title: "Treaty text"', 'title'),
  /** Who published it: a government, an organisation, a reference work. */
  publisher: textSchema('the publisher of the cited page', 'publisher: "U.S. Department of State"', 'publisher'),
  /** The https address where a reader can check it. */
  url: httpsUrlSchema,
  /** The date of the document itself, at the precision it shows; omitted when the page is undated. */
  date: partialDateSchema.optional(),
});

/** A source, as validated. */
export type Source = z.output<typeof sourceSchema>;
