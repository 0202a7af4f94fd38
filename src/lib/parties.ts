/**
 * The closed registry of parties. States carry their ISO 3166-1 alpha-2 code (historical states their
 * former code, as ISO 3166-3 lists it); groups are lowercase and say whom they stand for.
 */

/** A state or a group of states that can act in an event. */
export interface PartyInfo {
  /** Name shown to readers. */
  name: string;
  /** A state, or a group acting together. */
  kind: 'state' | 'group';
  /** For a historical state: the code of the state that continued it, where one did. */
  continuedBy?: string;
  /** For a historical state that split with no continuing state: its successors; the first succession recorded ends it. */
  dissolvedInto?: readonly string[];
}

/** Every party the content may name. */
export const PARTIES = {
  'all-parties': { name: 'All parties', kind: 'group' },
  'nato-allies': { name: 'NATO allies', kind: 'group' },
  SU: { name: 'Soviet Union', kind: 'state', continuedBy: 'RU' },
  CS: { name: 'Czechoslovakia', kind: 'state', dissolvedInto: ['CZ', 'SK'] },
  AM: { name: 'Armenia', kind: 'state' },
  AR: { name: 'Argentina', kind: 'state' },
  AT: { name: 'Austria', kind: 'state' },
  AU: { name: 'Australia', kind: 'state' },
  AZ: { name: 'Azerbaijan', kind: 'state' },
  BA: { name: 'Bosnia and Herzegovina', kind: 'state' },
  BD: { name: 'Bangladesh', kind: 'state' },
  BE: { name: 'Belgium', kind: 'state' },
  BG: { name: 'Bulgaria', kind: 'state' },
  BR: { name: 'Brazil', kind: 'state' },
  BY: { name: 'Belarus', kind: 'state' },
  CA: { name: 'Canada', kind: 'state' },
  CD: { name: 'Democratic Republic of the Congo', kind: 'state' },
  CH: { name: 'Switzerland', kind: 'state' },
  CL: { name: 'Chile', kind: 'state' },
  CN: { name: 'China', kind: 'state' },
  CO: { name: 'Colombia', kind: 'state' },
  CZ: { name: 'Czech Republic', kind: 'state' },
  DE: { name: 'Germany', kind: 'state' },
  DK: { name: 'Denmark', kind: 'state' },
  DZ: { name: 'Algeria', kind: 'state' },
  EE: { name: 'Estonia', kind: 'state' },
  EG: { name: 'Egypt', kind: 'state' },
  ES: { name: 'Spain', kind: 'state' },
  FI: { name: 'Finland', kind: 'state' },
  FR: { name: 'France', kind: 'state' },
  GB: { name: 'United Kingdom', kind: 'state' },
  GE: { name: 'Georgia', kind: 'state' },
  GR: { name: 'Greece', kind: 'state' },
  HR: { name: 'Croatia', kind: 'state' },
  HU: { name: 'Hungary', kind: 'state' },
  ID: { name: 'Indonesia', kind: 'state' },
  IL: { name: 'Israel', kind: 'state' },
  IN: { name: 'India', kind: 'state' },
  IR: { name: 'Iran', kind: 'state' },
  IS: { name: 'Iceland', kind: 'state' },
  IT: { name: 'Italy', kind: 'state' },
  JP: { name: 'Japan', kind: 'state' },
  KP: { name: 'North Korea', kind: 'state' },
  KR: { name: 'South Korea', kind: 'state' },
  KZ: { name: 'Kazakhstan', kind: 'state' },
  LT: { name: 'Lithuania', kind: 'state' },
  LU: { name: 'Luxembourg', kind: 'state' },
  LV: { name: 'Latvia', kind: 'state' },
  MD: { name: 'Moldova', kind: 'state' },
  MX: { name: 'Mexico', kind: 'state' },
  NL: { name: 'Netherlands', kind: 'state' },
  NO: { name: 'Norway', kind: 'state' },
  PE: { name: 'Peru', kind: 'state' },
  PK: { name: 'Pakistan', kind: 'state' },
  PL: { name: 'Poland', kind: 'state' },
  PT: { name: 'Portugal', kind: 'state' },
  RO: { name: 'Romania', kind: 'state' },
  RU: { name: 'Russia', kind: 'state' },
  SE: { name: 'Sweden', kind: 'state' },
  SI: { name: 'Slovenia', kind: 'state' },
  SK: { name: 'Slovakia', kind: 'state' },
  TR: { name: 'Türkiye', kind: 'state' },
  UA: { name: 'Ukraine', kind: 'state' },
  US: { name: 'United States', kind: 'state' },
  VN: { name: 'Viet Nam', kind: 'state' },
  ZA: { name: 'South Africa', kind: 'state' },
} as const satisfies Record<string, PartyInfo>;

/** A party id. */
export type PartyId = keyof typeof PARTIES;

/** All party ids. */
export const PARTY_IDS = Object.keys(PARTIES) as [PartyId, ...PartyId[]];

/** The group that stands for the instrument as a whole. */
export const ALL_PARTIES = 'all-parties' satisfies PartyId;

/** The name of a party. */
export function partyName(id: PartyId): string {
  return PARTIES[id].name;
}
