/**
 * The interactive timeline's keys: it is one Tab stop whose keys move a cursor over the events
 * (src/lib/chart/event-cursor.ts, through the explorer's step function); the cursor's marker takes the
 * focus. Shift + Left/Right pans, +/− zoom, 0 fits, Enter opens the cursor's event, Escape comes back
 * to the timeline.
 */
import type { Timeline } from 'vis-timeline/peer';
import { ZOOM_KEYS, type TimeWindow } from '../lib/chart/chart-window.ts';
import { cursorAnnouncement } from '../lib/explorer/cursor-announcement.ts';
import { cursorAction } from '../lib/explorer/cursor-move.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ExplorerAction, ExplorerState } from '../lib/explorer/explorer-state.ts';

/** What the keys need of the timeline they are bound to. */
export interface KeyHooks {
  data: ExplorerData;
  dispatch(action: ExplorerAction): boolean;
  state(): ExplorerState;
  /** The window drawn (ms), and the width it is drawn across (px). */
  shown(): TimeWindow;
  pixels(): number;
  /** Says where the cursor is, to every reader. */
  announce(text: string): void;
  /** The marker that stands for the cursor's event. */
  cursorMarker(): HTMLElement | undefined;
}

/** The action a key asks for on the timeline: a zoom, a pan, a move of the cursor, or none. */
function keyAction(event: KeyboardEvent, hooks: KeyHooks): ExplorerAction | undefined {
  const step = ZOOM_KEYS[event.key];
  if (step) return { type: 'zoom', step: step === 'whole' ? 'fit' : step, shown: hooks.shown() };
  if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight'))
    return { type: 'pan', by: event.key === 'ArrowLeft' ? -0.2 : 0.2, shown: hooks.shown() };
  return cursorAction(hooks.data, hooks.state(), event.key, hooks.pixels(), hooks.shown());
}

/** Binds the keys to `host`; returns what brings the focus to the cursor's marker. */
export function bindTimelineKeys(host: HTMLElement, timeline: Timeline, hooks: KeyHooks) {
  // vis-timeline redraws a lane's markers when lanes open or close, and a focused marker taken out of
  // the page loses the focus: the cursor's marker takes it back, unless the reader has gone elsewhere.
  let keepFocus = false;
  host.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !host.contains(event.relatedTarget as Node)) keepFocus = false;
  });
  document.addEventListener('pointerdown', (event) => {
    if (!host.contains(event.target as Node)) keepFocus = false;
  });
  timeline.on('changed', () => {
    if (keepFocus && !host.contains(document.activeElement)) hooks.cursorMarker()?.focus();
  });
  host.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const inside = event.target !== host;
    const cursor = hooks.state().cursor;
    if (event.key === 'Escape' && inside) {
      event.preventDefault();
      host.focus();
      return;
    }
    if (event.key === 'Enter' && cursor && inside) {
      event.preventDefault();
      hooks.dispatch({ type: 'choose', instrument: cursor.instrument, event: cursor.index });
      return;
    }
    const action = keyAction(event, hooks);
    if (!action) return;
    event.preventDefault();
    hooks.dispatch(action);
    // A zoom redraws the markers: the event in focus keeps the focus.
    if (action.type !== 'cursor' && cursor && inside) hooks.cursorMarker()?.focus();
  });
  return {
    focusCursor: () => {
      timeline.redraw();
      keepFocus = true;
      hooks.cursorMarker()?.focus();
      hooks.announce(cursorAnnouncement(hooks.data, hooks.state()));
    },
  };
}
