import { z } from 'zod';
import { EARLIEST_YEAR, parsePartialDate, PARTIAL_DATE_PATTERN } from '../../model/dates.ts';

/** A date as written in content: quoted YYYY, YYYY-MM or YYYY-MM-DD, a day the calendar has, in a year an instrument can have. */
export const partialDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date || typeof issue.input === 'number'
        ? 'the date is not in quotes, so YAML reads it as a timestamp or number — write it in quotes, e.g. "1990-11-19", "1990-11" or "1990"'
        : 'a date is missing — write it in quotes as "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  })
  .refine((text) => PARTIAL_DATE_PATTERN.test(text), {
    error: (issue) => `"${String(issue.input)}" is not a date — write YYYY-MM-DD, YYYY-MM or YYYY, e.g. "1990-11-19"`,
  })
  .refine((text) => !PARTIAL_DATE_PATTERN.test(text) || parsePartialDate(text) !== undefined, {
    error: (issue) =>
      `${String(issue.input)} is not a day in the calendar — check the source and write the real date, or only "YYYY-MM" if the day is unknown`,
  })
  .refine((text) => (parsePartialDate(text)?.year ?? EARLIEST_YEAR) >= EARLIEST_YEAR, {
    error: (issue) =>
      `${String(issue.input)} is before ${EARLIEST_YEAR}, earlier than any arms-control instrument — check the year (it has four digits, e.g. "1990")`,
  });
