import { z } from 'zod';
import { EVENT_TYPE_IDS, EVENT_TYPES } from '../../model/event-types.ts';
import { PARTY_IDS, partyName } from '../../model/parties.ts';
import { nearest } from '../suggest.ts';

const PARTY_CANDIDATES = PARTY_IDS.map((value) => ({ value, aliases: [partyName(value)] }));
const EVENT_TYPE_CANDIDATES = EVENT_TYPE_IDS.map((value) => ({ value, aliases: [EVENT_TYPES[value].label] }));

/** A party from the registry in src/lib/model/parties.ts; an unknown one is refused with the nearest valid code. */
export const partyIdSchema = z.enum(PARTY_IDS, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `"${issue.input}" is not a known party — write "${nearest(issue.input, PARTY_CANDIDATES)}", ` +
        'or add the state to src/lib/model/parties.ts with its ISO 3166 code'
      : 'a party is missing — write its ISO 3166 code, e.g. "RU", or a group such as "all-parties"',
});

/** An event type from the closed vocabulary in src/lib/model/event-types.ts. */
export const eventTypeSchema = z.enum(EVENT_TYPE_IDS, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `"${issue.input}" is not an event type — write "${nearest(issue.input, EVENT_TYPE_CANDIDATES)}" or another type listed in CONTENT.md`
      : 'the event type is missing — write one of the types listed in CONTENT.md, e.g. "signed"',
});

/** Ids of instrument files: lowercase words joined by hyphens, as in the file names. */
export const instrumentIdSchema = z
  .string({ error: 'an instrument id is missing — write the file name without .md, e.g. "new-start"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not an instrument id — write the file name without .md, e.g. "new-start"`,
  });
