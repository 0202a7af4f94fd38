/**
 * The closed vocabulary of statuses that the lifecycle model derives, and everything about how each is
 * shown: its group, its colour and its pattern, and its words from the strings table. Every renderer (SVG bars, legend, badge,
 * vis-timeline bands, strips), every filter and summary, and the JSON-LD read this table;
 * `src/styles/generated.css` is generated from it by `npm run docs`. Colours are always paired with a
 * pattern and a text label, so no fact is carried by colour alone.
 */

import { t } from '../i18n/strings.ts';

/** The colours statuses are drawn in, each as light-dark(light, dark). */
export const STATUS_COLORS = {
  none: ['#e3e5e8', '#30343a'],
  pending: ['#c8d6ea', '#3b4c66'],
  ratified: ['#8fb3de', '#4d6f9c'],
  provisional: ['#7fc4a4', '#3f8a68'],
  'in-force': ['#1f7a4d', '#48b07c'],
  suspended: ['#d08a00', '#e6a83a'],
  ended: ['#8a1c1c', '#e06666'],
} as const satisfies Record<string, readonly [string, string]>;

/** A colour of the palette. */
export type StatusColor = keyof typeof STATUS_COLORS;

/** A fill pattern drawn over the colour, for readers who cannot tell the colours apart. */
export type StatusPattern = 'solid' | 'hatch' | 'dots' | 'cross' | 'none';

/**
 * How statuses group for readers: the as-of summary's headings, the treaty index's filter, and
 * schema.org's legal force (its LegalForceStatus has three members: in force, partially, not), in the
 * order the summary lists them. A suspended treaty binds its parties but is not applied between some.
 */
const GROUPS = {
  'in-force': { filter: 'in-force', legalForce: 'InForce' },
  suspended: { filter: 'in-force', legalForce: 'PartiallyInForce' },
  pending: { filter: 'not-in-force', legalForce: 'NotInForce' },
  ended: { filter: 'ended', legalForce: 'NotInForce' },
  'not-yet': { filter: 'not-in-force', legalForce: 'NotInForce' },
} as const satisfies Record<string, { filter: 'in-force' | 'not-in-force' | 'ended'; legalForce: string }>;

/** A status group. */
export type StatusGroup = keyof typeof GROUPS;

/** Every status group with its heading (from the strings table, `statusGroup.<id>`). */
export const STATUS_GROUPS = Object.fromEntries(
  (Object.keys(GROUPS) as StatusGroup[]).map((group) => [
    group,
    { ...GROUPS[group], label: t(`statusGroup.${group}`) },
  ]),
) as { [G in StatusGroup]: (typeof GROUPS)[G] & { label: string } };

/** How a status is shown and grouped. */
export interface StatusInfo {
  /** Label shown to readers, as a heading or a badge. */
  label: string;
  /** The label in the middle of a sentence ("Russia: suspended"). */
  inSentence: string;
  /** The group it belongs to. */
  group: StatusGroup;
  /** Its colour. */
  color: StatusColor;
  /** Its pattern; statuses with the same colour and pattern share one legend entry. */
  pattern: StatusPattern;
  /** Whether its intervals are shown (bars, strips, rows of periods); not signing is the lane left empty. */
  drawn: boolean;
  /** Whether a state in it takes part in the instrument: not one that never signed, nor one that no longer exists. */
  takesPart: boolean;
}

/** Every status a party or an instrument can be in: how it is grouped and drawn. */
const DRAWN = {
  'not-signed': { group: 'not-yet', color: 'none', pattern: 'none', drawn: false, takesPart: false },
  negotiating: { group: 'not-yet', color: 'none', pattern: 'dots', drawn: true, takesPart: true },
  'not-in-force': { group: 'pending', color: 'pending', pattern: 'dots', drawn: true, takesPart: true },
  signed: { group: 'pending', color: 'pending', pattern: 'dots', drawn: true, takesPart: true },
  ratified: { group: 'pending', color: 'ratified', pattern: 'dots', drawn: true, takesPart: true },
  'provisionally-applied': { group: 'in-force', color: 'provisional', pattern: 'hatch', drawn: true, takesPart: true },
  'in-force': { group: 'in-force', color: 'in-force', pattern: 'solid', drawn: true, takesPart: true },
  suspended: { group: 'suspended', color: 'suspended', pattern: 'hatch', drawn: true, takesPart: true },
  /** Only ever the instrument's own lane as drawn (src/lib/model/instrument-state.ts): in force, but most of its states have suspended it. */
  'suspended-by-most': { group: 'suspended', color: 'suspended', pattern: 'hatch', drawn: true, takesPart: true },
  'suspension-notified': { group: 'suspended', color: 'suspended', pattern: 'dots', drawn: true, takesPart: true },
  withdrawn: { group: 'ended', color: 'ended', pattern: 'cross', drawn: true, takesPart: true },
  expired: { group: 'ended', color: 'ended', pattern: 'solid', drawn: true, takesPart: true },
  terminated: { group: 'ended', color: 'ended', pattern: 'hatch', drawn: true, takesPart: true },
  dissolved: { group: 'ended', color: 'none', pattern: 'none', drawn: true, takesPart: false },
} as const satisfies Record<string, Omit<StatusInfo, 'label' | 'inSentence'>>;

/** A status id. */
export type Status = keyof typeof DRAWN;

/** Every status with its words (from the strings table, `status.<id>`), in lifecycle order. */
export const STATUSES = Object.fromEntries(
  (Object.keys(DRAWN) as Status[]).map((status) => [
    status,
    { ...DRAWN[status], label: t(`status.${status}`), inSentence: t(`status.${status}.inSentence`) },
  ]),
) as { [S in Status]: (typeof DRAWN)[S] & { label: string; inSentence: string } };

/** All status ids, in lifecycle order. */
export const STATUS_IDS = Object.keys(STATUSES) as [Status, ...Status[]];

/** The group of a status. */
export function statusGroup(status: Status): StatusGroup {
  return STATUSES[status].group;
}

/** Whether a party's participation, or the instrument, has ended in this status. */
export function isEnded(status: Status): boolean {
  return STATUSES[status].group === 'ended';
}

/** Whether intervals in this status are shown: `interval.status !== 'not-signed'`, decided in the table. */
export function isDrawn(status: Status): boolean {
  return STATUSES[status].drawn;
}

/** Whether a state in this status takes part in the instrument: a headline names those that do not after those that do. */
export function takesPart(status: Status): boolean {
  return STATUSES[status].takesPart;
}

/** Whether the instrument binds (or is applied by) a party in this status. */
export function isInForce(status: Status): boolean {
  return STATUSES[status].group === 'in-force';
}
