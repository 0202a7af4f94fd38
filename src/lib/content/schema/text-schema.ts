import { z } from 'zod';
import { TEXT_LIMITS, type TextField } from './text-limits.ts';

/** A required line of text, at most as long as TEXT_LIMITS allows; the messages name the field and show an example line. */
export function textSchema(what: string, example: string, field: TextField) {
  const { max } = TEXT_LIMITS[field];
  return z
    .string({ error: `${what} is missing — add a line such as ${example}` })
    .trim()
    .min(1, { error: `${what} is empty — write it, as in ${example}` })
    .max(max, {
      error: (issue) =>
        `${what} is ${(typeof issue.input === 'string' ? issue.input.length : 0).toLocaleString('en')} characters ` +
        `long, more than the ${max.toLocaleString('en')} allowed — shorten it to at most ${max.toLocaleString('en')} ` +
        `characters`,
    });
}
