import { z } from 'zod';
import { partialDateSchema } from './partial-date-schema.ts';
import { textSchema } from './text-schema.ts';

function protocolOf(text: string): string | undefined {
  try {
    return new URL(text).protocol;
  } catch {
    return undefined;
  }
}

/** A web address that readers can open safely: https only. */
export const httpsUrlSchema = z
  .string({ error: 'the url is missing — write the https:// address of the page you cited' })
  .refine((text) => protocolOf(text) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a web address — write the full https:// address of the page you cited`,
  })
  .refine((text) => protocolOf(text) === undefined || protocolOf(text) === 'https:', {
    error: (issue) =>
      `${protocolOf(String(issue.input))} addresses are not accepted — cite the https:// address of the page (most publishers serve one)`,
  });

/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as it appears there. */
  title: textSchema('the title of the cited page', 'title: "Treaty text"'),
  /** Who published it: a government, an organisation, a reference work. */
  publisher: textSchema('the publisher of the cited page', 'publisher: "U.S. Department of State"'),
  /** The https address where a reader can check it. */
  url: httpsUrlSchema,
  /** The date of the document itself, at the precision it shows; omitted when the page is undated. */
  date: partialDateSchema.optional(),
});

/** A source, as validated. */
export type Source = z.output<typeof sourceSchema>;
