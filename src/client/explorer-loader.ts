/**
 * Who draws the explorer's timeline, and when that changes hands. The static timeline draws it
 * (explorer-still.ts): a moment of idleness after the load, a pointer over it, a touch or the focus only
 * fetch its zoom (which answers the buttons, Ctrl + wheel, a pinch and a drag by drawing it again with the
 * same layout function) and never replace or move the drawing. vis-timeline (some 180 KB gzip) loads and
 * takes over at the same state (explorer-timeline.ts) only when the reader presses a key on the timeline,
 * for the keyboard cursor that opens party lanes, or when the static timeline cannot fetch its lanes for a
 * zoom asked for.
 */
import { ZOOM_KEYS } from '../lib/chart/chart-window.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ExplorerAction, ExplorerState } from '../lib/explorer/explorer-state.ts';
import { stillRenderer } from './explorer-still.ts';
import type { TimelineController } from './explorer-timeline.ts';

/** What a reader does in reaching for the timeline, before using it: a pointer over it, a touch, the focus. */
const REACH = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'];
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Runs `task` once the page has loaded and the browser is idle, unless the reader asked to save data. */
function whenIdle(task: () => void) {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 1000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/**
 * A marker of the static timeline opens its event here, as vis-timeline's do, and never leaves the page:
 * its link (to the treaty's page) is for readers without the script, or who ask for another tab.
 */
function openTappedMarkers(figure: HTMLElement, data: ExplorerData, dispatch: (action: ExplorerAction) => boolean) {
  figure.addEventListener('click', (event) => {
    const marker = (event.target as Element).closest<SVGElement>('a.marker');
    const lane = marker?.closest('g.lane')?.getAttribute('data-lane');
    if (!marker || !data.instruments.some((i) => i.id === lane) || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    event.preventDefault();
    const events = (marker.dataset.events ?? '').split(' ').map(Number);
    dispatch({ type: 'choose', instrument: lane!, ...(events.length === 1 ? { event: events[0] } : { events }) });
  });
}

/** Binds the timeline's loading to the reader's reach; returns its renderer. */
export function bindTimeline(
  root: HTMLElement,
  data: ExplorerData,
  state: () => ExplorerState,
  dispatch: (action: ExplorerAction) => boolean,
) {
  const container = root.querySelector<HTMLElement>('[data-timeline]')!;
  const figure = root.querySelector<HTMLElement>('[data-static-timeline]')!;
  // Until vis-timeline comes, the static timeline is the one Tab stop it will be: its links wait for the keys.
  figure.tabIndex = 0;
  figure.setAttribute('role', 'region');
  // Its name is the page's (data-timeline-label): no script carries the words.
  figure.setAttribute('aria-label', container.dataset.timelineLabel!);
  for (const link of figure.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
  const still = stillRenderer(figure, container, data, dispatch);
  let timeline: TimelineController | undefined;
  /** Keys pressed while vis-timeline loads, handed to it once it has drawn. */
  const pending: KeyboardEventInit[] = [];
  let loading: Promise<void> | undefined;
  // First the static timeline's own zoom (the same layout function that drew it), so that a zoom or a
  // pan is answered at once; then, a frame later, vis-timeline takes over at the same state.
  const load = () =>
    (loading ??= still
      .mount()
      .then(nextFrame)
      .then(() => import('./explorer-timeline.ts'))
      .then(async ({ mountTimeline, stylesReady }) => {
        await stylesReady;
        // A task of its own: the module's evaluation and the timeline's first draw do not block as one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const hadFocus = container.contains(document.activeElement);
        timeline = mountTimeline(container, data, state(), dispatch);
        still.retire();
        const host = container.querySelector<HTMLElement>('.vis-host')!;
        if (hadFocus) host.focus();
        await timeline.settled;
        root.dataset.ready = 'true';
        performance.mark('explorer-ready'); // read by npm run bench
        for (const init of pending.splice(0))
          host.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
      }));

  // Reaching for the timeline prepares the static timeline's own zoom, drag and pinch; nothing is redrawn.
  for (const type of REACH) container.addEventListener(type, () => void still.mount(), { once: true, passive: true });
  // So does a moment of idleness after the page has loaded, so that the first zoom is drawn in full at once
  // (some 25 KB over the wire, code and lanes) — but not for a reader who asked to save data.
  whenIdle(() => void still.mount());
  container.addEventListener('keydown', (event) => {
    if (timeline || event.altKey || event.ctrlKey || event.metaKey || event.key === 'Tab') return;
    event.preventDefault();
    // A zoom key is answered at once, as the buttons are; vis-timeline opens at the window it leaves.
    const step = ZOOM_KEYS[event.key];
    if (step) dispatch({ type: 'zoom', step: step === 'whole' ? 'fit' : step });
    else pending.push({ key: event.key, shiftKey: event.shiftKey });
    void load();
  });
  // A pointer or the focus on the zoom buttons fetches the static timeline's zoom before the click comes.
  const zoomButtons = root.querySelector('[data-zoom-buttons]');
  for (const type of REACH) zoomButtons?.addEventListener(type, still.fetch, { once: true, passive: true });
  // A zoom button is answered by the drawing the reader sees; vis-timeline comes only if its lanes cannot be fetched.
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]'))
    button.addEventListener('click', () => {
      dispatch({ type: 'zoom', step: button.dataset.zoom as 'in' | 'out' | 'fit', shown: timeline?.shown() });
      void still.mount().then((mounted) => void (mounted || load()));
    });
  openTappedMarkers(figure, data, dispatch);
  // The skip link leads to the timeline's container: the focus goes on to its one Tab stop.
  container.addEventListener('focus', () => container.querySelector<HTMLElement>('.vis-host')?.focus());

  return {
    render: (next: ExplorerState) => (timeline ? timeline.render(next) : still.render(next)),
    /** Gives the focus back to what opened the panel; vis-timeline redraws its buttons, so it is found by its name. */
    refocus(opener: HTMLElement | undefined) {
      const again = opener?.isConnected
        ? opener
        : [...root.querySelectorAll<HTMLElement>('.lane-button')].find(
            (b) => opener && b.textContent === opener.textContent && b.title === opener.title,
          );
      (again ?? root.querySelector<HTMLElement>('.vis-host, [data-static-timeline]'))?.focus();
    },
  };
}
