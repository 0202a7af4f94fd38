/**
 * The closed vocabulary of lifecycle events. Labels, glyphs, legend, validation, the JSON Schema and
 * the contributors' guide all derive from this one table.
 */

/** What an event type means and how it is drawn. */
export interface EventTypeInfo {
  /** Label shown to readers. */
  label: string;
  /** One sentence for the legend, the methodology page and CONTENT.md. */
  meaning: string;
  /** A single character drawn on markers; paired with the label, never used alone. */
  glyph: string;
  /** Order among events on the same day (earlier steps first). */
  order: number;
}

/** Every event type, in the order a lifecycle usually runs. */
export const EVENT_TYPES = {
  'negotiations-opened': {
    label: 'Negotiations opened',
    meaning: 'Formal negotiations on the text began.',
    glyph: '◇',
    order: 0,
  },
  adopted: {
    label: 'Adopted',
    meaning:
      'The text was adopted by a conference, forum or the UN General Assembly; for a politically binding document this puts it into effect.',
    glyph: '◆',
    order: 1,
  },
  'opened-for-signature': {
    label: 'Opened for signature',
    meaning: 'States could begin to sign.',
    glyph: '✎',
    order: 2,
  },
  signed: {
    label: 'Signed',
    meaning:
      'A party signed. Signature is not ratification: it obliges a state only to refrain from acts that would defeat the treaty’s object and purpose.',
    glyph: '✍',
    order: 3,
  },
  'ratification-rejected': {
    label: 'Ratification rejected',
    meaning: 'A legislature voted against approving ratification; the state remains a signatory.',
    glyph: '✗',
    order: 4,
  },
  ratified: {
    label: 'Ratified',
    meaning: 'A party ratified, acceded or approved, usually by depositing an instrument of ratification.',
    glyph: '✓',
    order: 5,
  },
  'provisionally-applied': {
    label: 'Provisionally applied',
    meaning: 'Parties agreed to apply the treaty, or parts of it, before entry into force.',
    glyph: '◐',
    order: 6,
  },
  'entered-into-force': {
    label: 'Entered into force',
    meaning: 'The treaty became legally binding, for all parties or for one.',
    glyph: '●',
    order: 7,
  },
  succeeded: {
    label: 'Succession',
    meaning: 'A state took over the rights and obligations of a predecessor state.',
    glyph: '↳',
    order: 8,
  },
  updated: {
    label: 'Updated or amended',
    meaning: 'The instrument was amended, adapted or reissued in a new version.',
    glyph: '↻',
    order: 9,
  },
  extended: { label: 'Extended', meaning: 'The parties extended the duration of the treaty.', glyph: '⇥', order: 10 },
  statement: {
    label: 'Statement',
    meaning: 'An official statement about the instrument that changes no legal status, such as a moratorium pledge.',
    glyph: '❝',
    order: 11,
  },
  'withdrawal-announced': {
    label: 'Withdrawal announced',
    meaning: 'A government announced its intention to withdraw; an announcement has no legal effect by itself.',
    glyph: '!',
    order: 12,
  },
  'withdrawal-notified': {
    label: 'Withdrawal notified',
    meaning: 'Formal notice of withdrawal was given, starting the notice period the treaty sets.',
    glyph: '✉',
    order: 13,
  },
  suspended: {
    label: 'Suspended',
    meaning: 'A party stopped implementing the instrument while remaining a party. Suspension is not withdrawal.',
    glyph: '‖',
    order: 14,
  },
  resumed: {
    label: 'Resumed',
    meaning: 'A party resumed implementing the instrument after a suspension.',
    glyph: '▶',
    order: 15,
  },
  'ratification-revoked': {
    label: 'Ratification revoked',
    meaning: 'A party revoked its ratification; it remains a signatory.',
    glyph: '↶',
    order: 16,
  },
  withdrawn: {
    label: 'Withdrawn',
    meaning: 'A withdrawal took legal effect: the state is no longer a party.',
    glyph: '⨯',
    order: 17,
  },
  expired: {
    label: 'Expired',
    meaning: 'The instrument ended by its own terms, at the end of its duration.',
    glyph: '■',
    order: 18,
  },
  terminated: {
    label: 'Terminated',
    meaning: 'The instrument ended for all its parties, for example when one of two parties withdrew.',
    glyph: '⊗',
    order: 19,
  },
} as const satisfies Record<string, EventTypeInfo>;

/** An event type id. */
export type EventType = keyof typeof EVENT_TYPES;

/** All event type ids, in lifecycle order. */
export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];
