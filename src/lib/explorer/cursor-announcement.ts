/** What the explorer says when the keyboard's cursor reaches an event: its lane, the event, and its place in the lane. */
import { eventLine } from '../model/event-list.ts';
import { ALL_PARTIES } from '../model/parties.ts';
import type { ExplorerData } from './explorer-data.ts';
import type { ExplorerState } from './explorer-state.ts';
import { timelineLanes } from './timeline-lanes.ts';
import { te } from '../i18n/explorer-strings.ts';

/** The sentence for the cursor of `state`, or "" when there is none (or its event is no longer drawn). */
export function cursorAnnouncement(data: ExplorerData, state: ExplorerState): string {
  const at = state.cursor;
  const lane = at && timelineLanes(data, state.view).find((l) => l.key === at.lane);
  const n = lane?.events.findIndex((e) => e.index === at!.index) ?? -1;
  const instrument = data.instruments.find((i) => i.id === lane?.instrument);
  if (!lane || !instrument || n < 0) return '';
  return te('explorer.cursor', {
    lane: lane.party === ALL_PARTIES ? lane.label : `${instrument.shortName}, ${lane.label}`,
    event: eventLine(instrument.events[at.index]!),
    n: n + 1,
    of: lane.events.length,
  });
}
