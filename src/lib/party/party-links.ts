/** Party names as links: a state with a page links to it; a group, or a state without one, is its name alone. */
import { partyName, type PartyId } from '../model/parties.ts';
import { partyPath } from '../site/routes.ts';

/** A party named on a page, with its page where it has one. */
export interface PartyLink {
  /** Its name. */
  name: string;
  /** Its page, when it is a state that acted in the content. */
  href?: string;
}

/** The parties' names, in the order given, each with its page if it is among `withPages`. */
export function partyLinks(parties: readonly PartyId[], withPages: ReadonlySet<PartyId>): PartyLink[] {
  return parties.map((party) =>
    withPages.has(party) ? { name: partyName(party), href: partyPath(party) } : { name: partyName(party) },
  );
}
