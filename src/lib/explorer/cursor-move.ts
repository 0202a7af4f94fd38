/**
 * Where a key takes the keyboard's cursor on the explorer's timeline, as an action for the step
 * function (explorer-state.ts): over the lanes drawn (the cursor's instrument has its party lanes
 * open), by the rule of src/lib/chart/event-cursor.ts, with the window brought to the event and zoomed
 * in until its marker stands for it alone. Apart from the step function so that the page's first
 * script, which has no cursor until vis-timeline has come, does not carry it.
 */
import type { TimeWindow } from '../chart/chart-window.ts';
import { moveCursor } from '../chart/event-cursor.ts';
import { aloneWindow } from './clusters.ts';
import type { ExplorerData } from './explorer-data.ts';
import { explorerSpan, openLanes, stateWindow, type ExplorerAction, type ExplorerState } from './explorer-state.ts';
import { timelineLanes, visibleLanes } from './timeline-lanes.ts';

/**
 * The action `key` asks of the cursor on a timeline `pixels` wide showing `shown` (ms; the state's
 * window when not given), or undefined when the key is not a move.
 */
export function cursorAction(
  data: ExplorerData,
  state: ExplorerState,
  key: string,
  pixels: number,
  shown: TimeWindow = stateWindow(state, explorerSpan(data, state.view)) ?? explorerSpan(data, state.view),
): Extract<ExplorerAction, { type: 'cursor' }> | undefined {
  const lanes = visibleLanes(timelineLanes(data, state.view), openLanes(state));
  const at = state.cursor;
  const lane = at ? lanes.findIndex((l) => l.key === at.lane) : -1;
  const cursor = lane < 0 ? undefined : { lane, event: lanes[lane]!.events.findIndex((e) => e.index === at!.index) };
  const next = moveCursor(lanes, cursor, key, (shown[0] + shown[1]) / 2);
  if (!next) return undefined;
  const reached = lanes[next.lane]!;
  const window = aloneWindow(
    reached.events.map((e) => e.time),
    next.event,
    shown,
    pixels,
  );
  return {
    type: 'cursor',
    cursor: { instrument: reached.instrument, lane: reached.key, index: reached.events[next.event]!.index },
    shown: window === shown ? undefined : window,
  };
}
