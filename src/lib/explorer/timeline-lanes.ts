/**
 * The explorer timeline's lanes as its keyboard walks them: each instrument shown, then the lanes of its
 * parties, with the events the filters let through in time order. The interactive timeline draws these
 * lanes (an instrument's party lanes fold under it) and moves the keyboard cursor over them
 * (src/lib/chart/event-cursor.ts); nothing here touches the page.
 */
import { dateToTime } from '../model/dates.ts';
import type { ViewState } from '../site/url-state.ts';
import type { CursorLane } from '../chart/event-cursor.ts';
import { ALL_PARTIES } from '../model/parties.ts';
import type { ExplorerData, ExplorerInstrument } from './explorer-data.ts';
import { eventDrawn, instrumentDrawn } from './explorer-filter.ts';

/** One lane of the timeline. */
export interface TimelineLane extends CursorLane {
  /** The instrument it belongs to. */
  instrument: string;
  /** Whose lane: a party id, or all parties for the instrument's own lane. */
  party: string;
}

/** The timeline's id of an instrument's lane for `party`: the instrument's id for its own lane. */
export const laneId = (instrument: Pick<ExplorerInstrument, 'id'>, party: string) =>
  party === ALL_PARTIES ? instrument.id : `${instrument.id}|${party}`;

/**
 * Every lane of the timeline in the order drawn, for the filters of `state`. The instrument's own lane
 * carries every event of the instrument, so that none is out of reach while its party lanes are folded.
 */
export function timelineLanes(data: ExplorerData, state: ViewState): TimelineLane[] {
  return data.instruments
    .filter((instrument) => instrumentDrawn(state, instrument.id, instrument.events))
    .flatMap((instrument) =>
      instrument.lanes.map((lane): TimelineLane => {
        const indices = lane.party === ALL_PARTIES ? instrument.events.map((_, i) => i) : lane.events;
        return {
          key: laneId(instrument, lane.party),
          label: lane.label,
          instrument: instrument.id,
          party: lane.party,
          events: indices
            .filter((index) => eventDrawn(state, instrument.events[index]!))
            .map((index) => ({ index, time: dateToTime(instrument.events[index]!.date) }))
            .sort((a, b) => a.time - b.time || a.index - b.index),
        };
      }),
    );
}

/** The lanes drawn: every instrument's own lane, and the party lanes of the instruments `open`. */
export function visibleLanes(lanes: readonly TimelineLane[], open: ReadonlySet<string>): TimelineLane[] {
  return lanes.filter((lane) => lane.party === ALL_PARTIES || open.has(lane.instrument));
}
