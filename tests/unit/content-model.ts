/** The real content, validated once, for the tests that pin its facts. */
import type { PartyId } from '../../src/lib/model/parties.ts';
import { DAY_MS, timeToDay } from '../../src/lib/model/dates.ts';
import { instrumentModel, type InstrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { sourceCensus } from '../../src/lib/content/sources/source-kinds.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { asOfDay } from '../../src/node/as-of.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

/** The day the content tests read the content as of (the test environment's AS_OF). */
export const AS_OF = '2026-11-22';

/**
 * The content is checked as valid on the day the tests run, as the build checks it on its day: an editor's
 * correction is dated the day it is made, which may be after AS_OF. Its facts are pinned as of AS_OF.
 */
export const CONTENT_CHECKED_ON = [AS_OF, asOfDay({})].sort().at(-1)!;
const validated = validateContent(readContentFiles(process.cwd(), 'content/treaties'), CONTENT_CHECKED_ON);

/** Every problem the validator finds in the content: none, for content that may land. */
export const contentProblems = validated.problems;

/** The valid instruments of the content. */
export const contentInstruments = validated.instruments;

/** The model of content/treaties/<id>.md as of AS_OF. */
export function contentModel(id: string): InstrumentModel {
  const found = validated.instruments.find((i) => i.id === id);
  if (!found) throw new Error(`content/treaties/${id}.md is missing or invalid`);
  return instrumentModel(found.id, found.data, AS_OF);
}

/** The day before a YYYY-MM-DD day. */
export function dayBefore(day: string): string {
  return timeToDay(Date.parse(`${day}T00:00:00Z`) - DAY_MS);
}

/** The share of an instrument's events with a source of record, as `npm run validate` counts it. */
export function recordShare(id: string): number {
  const [line] = sourceCensus([contentModel(id)]);
  return line!.record / line!.events;
}

/** The 22 NATO allies that are CFE states parties (Finland, Sweden, the Baltic states, Albania, Croatia, Slovenia, Montenegro and North Macedonia are not). */
export const CFE_ALLIES = [
  'BE',
  'BG',
  'CA',
  'CZ',
  'DK',
  'FR',
  'DE',
  'GR',
  'HU',
  'IS',
  'IT',
  'LU',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SK',
  'ES',
  'TR',
  'GB',
  'US',
] as const satisfies readonly PartyId[];
