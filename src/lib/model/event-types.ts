/**
 * The closed vocabulary of lifecycle events. Labels, glyphs, legend, validation, the JSON Schema and
 * the contributors' guide all derive from this one table; the words are in the strings tables, the
 * label under `event.<type>` (strings.ts) and the meaning under `event.<type>.meaning` (page-strings.ts,
 * see eventMeaning), where the compiler checks that every type has them.
 */
import { t } from '../i18n/strings.ts';

/** What an event type means and how it is drawn. */
export interface EventTypeInfo {
  /** Label shown to readers. */
  label: string;
  /** A single character drawn on markers; paired with the label, never used alone. */
  glyph: string;
  /** Order among events on the same day (earlier steps first). */
  order: number;
}

/** Every event type, in the order a lifecycle usually runs: how it is drawn and ordered. */
const DRAWN = {
  'negotiations-opened': {
    glyph: '◇',
    order: 0,
  },
  adopted: {
    glyph: '◆',
    order: 1,
  },
  'opened-for-signature': {
    glyph: '✎',
    order: 2,
  },
  signed: {
    glyph: '✍',
    order: 3,
  },
  'ratification-rejected': {
    glyph: '✗',
    order: 4,
  },
  ratified: {
    glyph: '✓',
    order: 5,
  },
  'provisionally-applied': {
    glyph: '◐',
    order: 6,
  },
  'entered-into-force': {
    glyph: '●',
    order: 7,
  },
  succeeded: {
    glyph: '↳',
    order: 8,
  },
  updated: {
    glyph: '↻',
    order: 9,
  },
  extended: { glyph: '⇥', order: 10 },
  statement: {
    glyph: '❝',
    order: 11,
  },
  'withdrawal-announced': {
    glyph: '!',
    order: 12,
  },
  'withdrawal-notified': {
    glyph: '✉',
    order: 13,
  },
  'suspension-notified': {
    glyph: '¦',
    order: 14,
  },
  suspended: {
    glyph: '‖',
    order: 15,
  },
  resumed: {
    glyph: '▶',
    order: 16,
  },
  'ratification-revoked': {
    glyph: '↶',
    order: 17,
  },
  withdrawn: {
    glyph: '⨯',
    order: 18,
  },
  expired: {
    glyph: '■',
    order: 19,
  },
  terminated: {
    glyph: '⊗',
    order: 20,
  },
} as const satisfies Record<string, Pick<EventTypeInfo, 'glyph' | 'order'>>;

/** An event type id. */
export type EventType = keyof typeof DRAWN;

/** Every event type with its words, in the order a lifecycle usually runs. */
export const EVENT_TYPES = Object.fromEntries(
  (Object.keys(DRAWN) as EventType[]).map((type) => [type, { ...DRAWN[type], label: t(`event.${type}`) }]),
) as Record<EventType, EventTypeInfo>;

/** All event type ids, in lifecycle order. */
export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
