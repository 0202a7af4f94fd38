/** Which events concern a state: those it acted in, and the successions that took its place. */
import { compareDates } from '../model/dates.ts';
import { EVENT_TYPES } from '../model/event-types.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import type { PartyId } from '../model/parties.ts';
import type { LifecycleEvent } from '../content/schema/event-schema.ts';

/** Whether an event names the party: among those who acted, or as the predecessor of a succession. */
export function namesParty(event: Pick<LifecycleEvent, 'parties' | 'predecessor'>, party: PartyId): boolean {
  return event.parties.includes(party) || event.predecessor === party;
}

/** One event of one instrument. */
export interface EventRef {
  /** The instrument's model. */
  model: InstrumentModel;
  /** The event's index in its file. */
  index: number;
}

/** Every event that names the party, across instruments: by date, then by the instruments' order, then by lifecycle order. */
export function partyEvents(models: readonly InstrumentModel[], party: PartyId): EventRef[] {
  const refs = models.flatMap((model, order) =>
    model.lifecycle.chronology
      .filter((index) => namesParty(model.data.events[index]!, party))
      .map((index, position) => ({ model, index, order, position })),
  );
  return refs
    .sort((a, b) => {
      const ea = a.model.data.events[a.index]!;
      const eb = b.model.data.events[b.index]!;
      return (
        compareDates(ea.date, eb.date) ||
        a.order - b.order ||
        EVENT_TYPES[ea.type].order - EVENT_TYPES[eb.type].order ||
        a.position - b.position
      );
    })
    .map(({ model, index }) => ({ model, index }));
}
