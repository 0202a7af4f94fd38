/**
 * Who still keeps an instrument from entering into force, where its text names the states it needs
 * (the CTBT's 44 Annex 2 states): derived on a day from each state's own status, never written down.
 */
import { statusAt, type Lifecycle } from './lifecycle.ts';
import { partyName, type PartyId } from './parties.ts';
import { listOf } from '../i18n/strings.ts';
import { pt, ptn } from '../i18n/page-strings.ts';
import type { InstrumentData } from '../content/schema/instrument-schema.ts';

/** The states an instrument needs, and where they stand on a day. */
export interface EntryIntoForceGap {
  /** Where the text lists them. */
  list: string;
  /** Every state it needs. */
  needed: PartyId[];
  /** Those that had ratified (or were bound) on the day. */
  ratified: PartyId[];
  /** Those that had not: signed only, or never signed. */
  missing: PartyId[];
  /** Of the missing, those that never signed. */
  neverSigned: PartyId[];
}

/** Where the states an instrument needs stand on `day`; undefined when its text names none. */
export function entryIntoForceGap(
  data: Pick<InstrumentData, 'entryIntoForceNeeds'>,
  lifecycle: Lifecycle,
  day: string,
): EntryIntoForceGap | undefined {
  const needs = data.entryIntoForceNeeds;
  if (!needs) return undefined;
  const status = (party: PartyId) =>
    lifecycle.lanes.some((l) => l.party === party) ? statusAt(lifecycle, party, day) : 'not-signed';
  const bound = (party: PartyId) =>
    ['ratified', 'in-force', 'suspended', 'suspension-notified'].includes(status(party));
  const missing = needs.states.filter((p) => !bound(p));
  return {
    list: needs.list,
    needed: [...needs.states],
    ratified: needs.states.filter(bound),
    missing,
    neverSigned: missing.filter((p) => status(p) === 'not-signed'),
  };
}

/** The gap in words: how many of the states it needs have ratified, and who has not, by name. */
export function entryIntoForceSentences(gap: EntryIntoForceGap): string[] {
  const names = (codes: readonly PartyId[]) => listOf(codes.map(partyName).sort((a, b) => a.localeCompare(b)));
  return [
    pt('entry.needs', { list: gap.list, ratified: gap.ratified.length, total: gap.needed.length }),
    ...(gap.missing.length ? [ptn('entry.missing', gap.missing.length, { states: names(gap.missing) })] : []),
    ...(gap.neverSigned.length
      ? [ptn('entry.neverSigned', gap.neverSigned.length, { states: names(gap.neverSigned) })]
      : []),
  ];
}
