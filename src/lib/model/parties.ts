/**
 * The closed registry of parties. States carry their ISO 3166-1 alpha-2 code (historical states their
 * former code, as ISO 3166-3 lists it); groups are lowercase and say whom they stand for.
 */

import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { hasString, intlText, t } from '../i18n/strings.ts';

/** A state or a group of states that can act in an event: its kind and its history; its name comes from `partyName`. */
export interface PartyInfo {
  /** A state, or a group acting together. */
  kind: 'state' | 'group';
  /** For a historical state: the code of the state that continued it, where one did. */
  continuedBy?: string;
  /** For a historical state that split with no continuing state: its successors; the first succession recorded ends it. */
  dissolvedInto?: readonly string[];
}

/** Every party the content may name. */
export const PARTIES = {
  'all-parties': { kind: 'group' },
  'nato-allies': { kind: 'group' },
  SU: { kind: 'state', continuedBy: 'RU' },
  CS: { kind: 'state', dissolvedInto: ['CZ', 'SK'] },
  AM: { kind: 'state' },
  AR: { kind: 'state' },
  AT: { kind: 'state' },
  AU: { kind: 'state' },
  AZ: { kind: 'state' },
  BA: { kind: 'state' },
  BD: { kind: 'state' },
  BE: { kind: 'state' },
  BG: { kind: 'state' },
  BR: { kind: 'state' },
  BY: { kind: 'state' },
  CA: { kind: 'state' },
  CD: { kind: 'state' },
  CH: { kind: 'state' },
  CL: { kind: 'state' },
  CN: { kind: 'state' },
  CO: { kind: 'state' },
  CZ: { kind: 'state' },
  DE: { kind: 'state' },
  DK: { kind: 'state' },
  DZ: { kind: 'state' },
  EE: { kind: 'state' },
  EG: { kind: 'state' },
  ES: { kind: 'state' },
  FI: { kind: 'state' },
  FR: { kind: 'state' },
  GB: { kind: 'state' },
  GE: { kind: 'state' },
  GR: { kind: 'state' },
  HR: { kind: 'state' },
  HU: { kind: 'state' },
  ID: { kind: 'state' },
  IL: { kind: 'state' },
  IN: { kind: 'state' },
  IR: { kind: 'state' },
  IS: { kind: 'state' },
  IT: { kind: 'state' },
  JP: { kind: 'state' },
  KP: { kind: 'state' },
  KR: { kind: 'state' },
  KZ: { kind: 'state' },
  LT: { kind: 'state' },
  LU: { kind: 'state' },
  LV: { kind: 'state' },
  MD: { kind: 'state' },
  MX: { kind: 'state' },
  NL: { kind: 'state' },
  NO: { kind: 'state' },
  PE: { kind: 'state' },
  PK: { kind: 'state' },
  PL: { kind: 'state' },
  PT: { kind: 'state' },
  RO: { kind: 'state' },
  RU: { kind: 'state' },
  SE: { kind: 'state' },
  SI: { kind: 'state' },
  SK: { kind: 'state' },
  TR: { kind: 'state' },
  UA: { kind: 'state' },
  US: { kind: 'state' },
  VN: { kind: 'state' },
  ZA: { kind: 'state' },
} as const satisfies Record<string, PartyInfo>;

/** A party id. */
export type PartyId = keyof typeof PARTIES;

/** All party ids. */
export const PARTY_IDS = Object.keys(PARTIES) as [PartyId, ...PartyId[]];

/** The group that stands for the instrument as a whole. */
export const ALL_PARTIES = 'all-parties' satisfies PartyId;

const REGIONS = new Intl.DisplayNames([LOCALES[LOCALE].intl], { type: 'region', fallback: 'none' });

/**
 * The name of a party in the edition's language: a state's from Intl.DisplayNames by its code, unless the
 * strings table names it (historical states, groups, and the few whose CLDR name reads oddly in prose).
 */
export function partyName(id: PartyId): string {
  const key = `party.${id}`;
  if (hasString(key)) return t(key);
  const name = REGIONS.of(id) ?? id;
  return intlText(name);
}

/**
 * A party's name where a lane's label column has no room for it: a state by its code ("KZ"), a group by its
 * name, which has no code a reader would know.
 */
export function partyShortName(id: PartyId): string {
  return PARTIES[id].kind === 'state' ? id : partyName(id);
}
