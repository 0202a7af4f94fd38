/**
 * The static timeline as the explorer's renderer until vis-timeline comes. The server's drawing shows
 * the page as built; a window is answered at once by moving that drawing in place
 * (src/client/shift-drawing.ts), then the same layout function that drew it draws the state in full
 * (src/client/chart-zoom.ts, fetched with the lanes while the page is idle, or when the reader first
 * reaches for the timeline); once it is here it draws every state in full at once. Filters and an as-of
 * day draw it again the same way. It changes no state: it draws it, and reports the windows its own
 * wheel, pinch and drag show.
 */
import { dateToTime } from '../lib/model/dates.ts';
import type { TimeWindow } from '../lib/chart/chart-window.ts';
import { drawnAsServed, type ViewState } from '../lib/site/view-parameters.ts';
import { explorerSpan, stateWindow, type ExplorerAction, type ExplorerState } from '../lib/explorer/explorer-state.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import { fetchJson } from './fetch-json.ts';
import { drawnSpan, shiftDrawing } from './shift-drawing.ts';
import type { ChartController, ChartData } from './chart-zoom.ts';

/** What of the view the static timeline draws besides the window: the selection is the panel's. */
const drawn = ({ instruments, types, party, asof }: ViewState): ViewState => ({ instruments, types, party, asof });
/** What the static timeline draws of a view, as one string: its filters, as-of day and window. */
const drawingOf = (view: ViewState) => JSON.stringify([drawn(view), view.from, view.to]);

/** The static timeline's renderer: `render` draws a state, `fetch` brings its zoom's code early, `retire` hands over to vis-timeline. */
export function stillRenderer(
  figure: HTMLElement,
  container: HTMLElement,
  data: ExplorerData,
  dispatch: (action: ExplorerAction) => void,
) {
  /** The span a state's window moves in: its lanes' own (explorerSpan), as the layout function draws them. */
  const spanOf = (state: ExplorerState) => explorerSpan(data, state.view);
  let latest: ExplorerState = { view: {} };
  /** What the drawing shows now; the server's drawing shows the page as built. */
  let shows = drawingOf({});
  let still: ChartController | undefined;
  /** Whether the layout function has drawn the timeline again: from then on it draws every state. */
  let full = false;
  let retired = false;
  let parts: Promise<[typeof import('./chart-zoom.ts'), ChartData]> | undefined;
  const fetch = () =>
    (parts ??= Promise.all([import('./chart-zoom.ts'), fetchJson<ChartData>(figure.dataset.chartInput!)]));
  let mounting: Promise<boolean> | undefined;
  /**
   * Mounts the static timeline's zoom once, keeping the server's drawing until a state asks for another;
   * resolves whether it could (without its lanes, a failed fetch, the static timeline stays as drawn).
   */
  const mount = (): Promise<boolean> =>
    (mounting ??= fetch()
      .then(([{ mountChart }, chart]) => {
        if (retired) return false;
        still = mountChart(figure, {}, { data: chart, keyboard: false, deferred: true, prepared: true, windowChanged });
        // The span the window moves in, worked out with the drawing's layout for the first step to find.
        spanOf(latest);
        return still !== undefined;
      })
      .catch(() => false));
  // The reader's own wheel, pinch or drag: the drawing already shows it, the state only learns it.
  function windowChanged(shown: { from: string; to: string } | undefined) {
    shows = drawingOf({ ...latest.view, from: shown?.from, to: shown?.to });
    dispatch({ type: 'window', shown: shown && [dateToTime(shown.from), dateToTime(shown.to)] });
  }
  /** The latest state drawn in full by the layout function, where its code has come. */
  const draw = () => {
    if (!still || retired) return;
    still.apply(drawn(latest.view), stateWindow(latest, spanOf(latest)));
    full = true;
    shows = drawingOf(latest.view);
    // The room the page kept for every lane gives way to the lanes drawn: a filtered view has no empty space.
    container.style.minHeight = '0';
  };
  /** Whether a full drawing is waiting for its code: one drawing serves every state rendered meanwhile. */
  let waiting = false;
  const redraw = (afterPaint: boolean) => {
    if (waiting) return;
    waiting = true;
    const go = () =>
      void mount().then(() => {
        waiting = false;
        draw();
      });
    if (afterPaint) requestAnimationFrame(() => setTimeout(go));
    else go();
  };
  /** The server's drawing moved in place to show the state's window, in the next frame. */
  const shift = (state: ExplorerState) => {
    const drawing = [...figure.querySelectorAll<SVGSVGElement>('svg.lifecycle-chart')].find(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    if (!drawing) return;
    const whole = drawnSpan(drawing);
    const asked: TimeWindow | undefined = stateWindow(state, spanOf(state));
    shiftDrawing(drawing, asked ?? whole);
  };

  const render = (state: ExplorerState) => {
    latest = state;
    const next = drawingOf(state.view);
    if (retired || next === shows) return;
    // Once the layout function is here (fetched while the page was idle, or at the reader's reach), it
    // draws every state in full in this frame; until then a window alone moves the server's drawing.
    if (still) draw();
    else if (!full && drawnAsServed(drawn(state.view))) {
      shift(state);
      shows = next;
      redraw(true);
    } else redraw(false);
  };
  const retire = () => {
    retired = true;
    figure.hidden = true;
  };
  return { render, fetch: () => void fetch().catch(() => undefined), mount, retire };
}
