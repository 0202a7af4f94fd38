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

/** A note about how the author read a source, which belongs in `copy`, not in the title or the publisher. */
const WORKING_NOTE = /\(copy\b|\bcopy (read|of)\b/i;

/** A title or publisher as the page shows it: the author's notes about where it was read are refused. */
const asShown = (schema: z.ZodString, field: 'title' | 'publisher') =>
  schema.refine((value) => !WORKING_NOTE.test(value), {
    error:
      `the ${field} carries a working note ("copy read at …") — write the ${field} as the document shows it, ` +
      'and name the copy you read under `copies:` (`copies: [{ publisher: "…", url: "https://…" }]`)',
  });

/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as it appears there. */
  title: asShown(textSchema('the title of the cited page', 'title: "Treaty text"', 'title'), 'title'),
  /** Who published it: a government, an organisation, a reference work. */
  publisher: asShown(
    textSchema('the publisher of the cited page', 'publisher: "U.S. Department of State"', 'publisher'),
    'publisher',
  ),
  /** The https address where a reader can check it: the official address of an official document. */
  url: httpsUrlSchema,
  /** The date of the document itself, at the precision it shows; omitted when the page is undated. */
  date: partialDateSchema.optional(),
  /**
   * What the source is cited for, where that is less than the whole event ("the date", "the vote"); without
   * it, the source bears out the event as its line and description state it.
   */
  claim: textSchema('what the source is cited for', 'claim: "the date"', 'claim').optional(),
  /** The faithful copies the author read, where the document could not be read at its official address. */
  copies: z
    .array(
      z.strictObject({
        publisher: textSchema('the publisher of the copy', 'publisher: "Global-Regulation"', 'publisher'),
        url: httpsUrlSchema,
      }),
    )
    .min(1, { error: 'copies is empty — name the copy you read, or leave copies out' })
    .optional(),
});

/** A source, as validated. */
export type Source = z.output<typeof sourceSchema>;
