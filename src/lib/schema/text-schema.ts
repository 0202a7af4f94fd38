import { z } from 'zod';

/** A required line of text; the messages name the field and show an example line. */
export function textSchema(what: string, example: string) {
  return z
    .string({ error: `${what} is missing — add a line such as ${example}` })
    .trim()
    .min(1, { error: `${what} is empty — write it, as in ${example}` });
}
