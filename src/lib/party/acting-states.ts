/** The states that acted in the content: each gets a page. */
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { PARTIES, PARTY_IDS, partyName, type PartyId } from '../model/parties.ts';
import { partyPath } from '../site/routes.ts';
import { namesParty } from './party-events.ts';
import { LOCALE, LOCALES } from '../i18n/locale.ts';
import { pt } from '../i18n/page-strings.ts';

/** A state with a page, and how much the content says of it. */
export interface ActingState {
  /** Its code. */
  party: PartyId;
  /** Its name. */
  name: string;
  /** Its page. */
  href: string;
  /** The instruments it acted in, by id, in the models' order. */
  instruments: string[];
  /** How many events name it. */
  events: number;
  /** True for a state that no longer exists (it has a continuing state, or others succeeded it). */
  historical: boolean;
}

/** Every state that an event names, by name; groups of parties ("all-parties", "nato-allies") have no page. */
export function actingStates(models: readonly InstrumentModel[]): ActingState[] {
  const states = PARTY_IDS.filter((party) => PARTIES[party].kind === 'state').flatMap((party): ActingState[] => {
    const acted = models
      .map((model) => ({ id: model.id, count: model.data.events.filter((event) => namesParty(event, party)).length }))
      .filter((m) => m.count > 0);
    if (acted.length === 0) return [];
    const historical =
      'continuedBy' in PARTIES[party] || models.some((m) => m.data.events.some((e) => e.predecessor === party));
    return [
      {
        party,
        name: partyName(party),
        href: partyPath(party)!,
        instruments: acted.map((m) => m.id),
        events: acted.reduce((sum, m) => sum + m.count, 0),
        historical,
      },
    ];
  });
  return states.sort((a, b) => a.name.localeCompare(b.name, LOCALES[LOCALE].intl));
}

/** The index's sections: states that exist today, then those that do not; empty sections left out. */
export function stateSections(states: readonly ActingState[]): { id: string; title: string; states: ActingState[] }[] {
  return [
    { id: 'states-current', title: pt('states.today'), states: states.filter((s) => !s.historical) },
    { id: 'states-historical', title: pt('states.historical'), states: states.filter((s) => s.historical) },
  ].filter((section) => section.states.length > 0);
}
