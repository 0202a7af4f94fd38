/**
 * The explorer's first, small script. Its state is src/lib/explorer/explorer-state.ts's: every change a
 * reader makes is an action, the step function gives the next state, the address is written from it
 * and everything on the page is drawn from it — the controls, the summary, the table and the panel
 * here, the timeline by the static drawing until vis-timeline takes over (explorer-loader.ts). It
 * derives no fact: everything it shows was computed at build time.
 */
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import {
  addressOf,
  explorerContext,
  explorerStep,
  historyMode,
  stateFromAddress,
  type ExplorerAction,
  type ExplorerState,
} from '../lib/explorer/explorer-state.ts';
import { serializeViewState } from '../lib/site/url-state.ts';
import { offerEmbed } from './embed-share.ts';
import { offerPictures } from './picture-links.ts';
import { fetchJson } from './fetch-json.ts';
import type { ChartData } from './chart-zoom.ts';
import { bindTimeline } from './explorer-loader.ts';
import { pageRenderer } from './explorer-page-view.ts';
import { lazyRenderer } from './lazy-renderer.ts';

/** The form's changes as actions: a day typed in the as-of field, or the filter boxes as checked. */
function bindControls(form: HTMLFormElement, dispatch: (action: ExplorerAction) => boolean) {
  const asOfInput = form.elements.namedItem('asof') as HTMLInputElement;
  form.addEventListener('change', (event) => {
    if (event.target === asOfInput) return void dispatch({ type: 'asof', day: asOfInput.value });
    const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    const checked = (name: string) => boxes(name).flatMap((b) => (b.checked ? [b.value] : []));
    dispatch({
      type: 'filter',
      instruments: checked('instruments'),
      types: checked('types'),
      party: (form.elements.namedItem('party') as HTMLSelectElement).value,
      available: { instruments: boxes('instruments').length, types: boxes('types').length },
    });
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}

/** Starts the explorer in `root` with the page's data. */
function start(root: HTMLElement, data: ExplorerData) {
  const step = explorerStep(data);
  let state: ExplorerState = stateFromAddress(location.search, explorerContext(data));
  const panel = root.querySelector<HTMLElement>('[data-panel]')!;
  const drawPage = pageRenderer(root, data);
  // The panel is closed as built; its code comes with the first instrument the reader opens.
  const drawPanel = lazyRenderer(
    (shown: ExplorerState) => shown.view.instrument !== undefined,
    async () =>
      (await import('./explorer-panel.ts')).panelRenderer(panel, data, {
        texts: root.dataset.eventTexts!,
        choose: (instrument, event) => dispatch({ type: 'choose', instrument, event }),
      }),
  );
  /** What had focus when the panel opened, so that closing it returns there. */
  let opener: HTMLElement | undefined;
  const timeline = bindTimeline(root, data, () => state, dispatch);
  const render = () => {
    drawPage(state);
    const panelDrawn = drawPanel(state);
    timeline.render(state);
    return panelDrawn;
  };

  function dispatch(action: ExplorerAction): boolean {
    const active = document.activeElement;
    if (action.type === 'choose' && (panel.hidden || !panel.contains(active)))
      opener = active instanceof HTMLElement && active !== document.body ? active : undefined;
    const before = state;
    state = step(state, action);
    if (state === before) return false;
    const mode = historyMode(action);
    const url = `${location.pathname}${addressOf(state)}`;
    if (mode && url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    const panelDrawn = render();
    // The panel is beside the timeline or a sheet over the screen's lower part: focusing it must not scroll the timeline away.
    if (action.type === 'choose')
      void panelDrawn.then(() =>
        panel.querySelector<HTMLElement>('[data-panel-title]')?.focus({ preventScroll: true }),
      );
    if (action.type === 'close') timeline.refocus(opener);
    return true;
  }

  bindControls(root.querySelector<HTMLFormElement>('[data-explorer-controls]')!, dispatch);
  panel.querySelector('[data-panel-close]')!.addEventListener('click', () => dispatch({ type: 'close' }));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open]')) dispatch({ type: 'close' });
  });
  window.addEventListener('popstate', () => dispatch({ type: 'address', search: location.search }));
  // The "what changed" form keeps its two days in the address too (src/client/status-compare.ts).
  document.addEventListener('view-compare', (event) =>
    dispatch({ type: 'compare', days: (event as CustomEvent<string | undefined>).detail }),
  );
  offerEmbed(() => serializeViewState(state.view, 'embed'));
  offerPictures(
    () => state.view,
    // The lanes the static timeline was drawn from, which its zoom fetches too (the browser has them cached).
    () => fetchJson<ChartData>(root.querySelector<HTMLElement>('[data-static-timeline]')!.dataset.chartInput!),
  );

  // An old instrument:index address opened the event it meant; the address now names it by its lasting id.
  const asked = new URLSearchParams(location.search);
  if (state.view.event && asked.get('event') !== state.view.event) {
    asked.set('event', state.view.event);
    history.replaceState(null, '', `${location.pathname}?${asked.toString().replaceAll('%2C', ',')}`);
  }
  // Without parameters the page shows what the build wrote: only the controls are set again (a browser
  // may have restored other values into them); the summary, the table and the timeline draw what differs.
  // A window in the address is drawn by the static timeline too: nothing is replaced as the page loads.
  void render();
}

const root = document.querySelector<HTMLElement>('[data-explorer]');
const dataElement = document.getElementById('explorer-data');
if (root && dataElement) start(root, JSON.parse(dataElement.textContent ?? '{}') as ExplorerData);
