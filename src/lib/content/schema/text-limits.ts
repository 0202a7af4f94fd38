/**
 * The longest text each field may hold, in characters: generous for real content (about three times the
 * longest written so far), small enough that no page carries megabytes of one field. The schema, the
 * validator's body check and the table in CONTENT.md all read this table.
 */
export const TEXT_LIMITS = {
  name: { max: 300, field: '`name`' },
  shortName: { max: 60, field: '`shortName`' },
  summary: { max: 1_000, field: '`summary`' },
  place: { max: 100, field: '`concluded.place`' },
  depositary: { max: 200, field: '`depositary`' },
  document: { max: 200, field: '`events[].document`' },
  description: { max: 1_000, field: '`events[].description`' },
  list: { max: 200, field: '`entryIntoForceNeeds.list`' },
  note: { max: 1_000, field: '`removedEvents[].note`' },
  correction: { max: 1_000, field: '`events[].corrections[].note`' },
  title: { max: 500, field: '`events[].sources[].title`' },
  publisher: { max: 300, field: '`events[].sources[].publisher`' },
  claim: { max: 300, field: '`events[].sources[].claim`' },
  url: { max: 2_000, field: '`events[].sources[].url`, and each link in the body' },
  body: { max: 20_000, field: 'the body (the narrative below the frontmatter)' },
} as const satisfies Record<string, { max: number; field: string }>;

/** A text field with a length limit. */
export type TextField = keyof typeof TEXT_LIMITS;
