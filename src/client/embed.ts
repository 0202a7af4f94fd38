/**
 * Inside an embed's frame: applies the address's parameters to the chart the server drew (lanes,
 * window, as-of line, party, theme, title), shows a notice for any it ignored, points the footer at the
 * same view on the full site, and tells the parent page its height whenever it changes.
 */
import { heightMessages, wordpressSecret } from '../lib/embed/height-messages.ts';
import { ignoredNotice, keepOnly, parseViewState, serializeViewState, type UrlContext } from '../lib/site/url-state.ts';
import { drawnAsServed } from '../lib/site/view-parameters.ts';
import { mountChart } from './chart-zoom.ts';
import { pinHeadline, pinLastStep } from './pinned-headline.ts';

/** Parameters that pym.js parents add to a child's address; read for the frame id, never reported. */
const PYM_PARAMETERS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];

const context = JSON.parse(document.getElementById('embed-context')?.textContent ?? '{}') as UrlContext;
const params = new URLSearchParams(location.search);
// pym.js's own frame ids are letters, digits, '-' and '_'; anything else could smuggle a pym command.
const childId = params.get('childId');
const pymId = childId && /^[A-Za-z0-9_-]{1,64}$/.test(childId) ? childId : undefined;
for (const name of PYM_PARAMETERS) params.delete(name);
const parsed = parseViewState(params.toString(), context, 'embed');
// A narrower embed (a status card) names what it takes; anything else is ignored, and said so.
const accepts = document.body.dataset.accepts?.split(' ');
const narrowed = accepts ? keepOnly(parsed.state, accepts) : { state: parsed.state, ignored: [] };
const state = narrowed.state;
const ignored = [...parsed.ignored, ...narrowed.ignored];

const notice = document.querySelector<HTMLElement>('[data-notice]');
if (notice && ignored.length) {
  notice.hidden = false;
  notice.textContent = ignoredNotice(ignored);
}
if (state.theme && state.theme !== 'auto') document.documentElement.dataset.theme = state.theme;
if (state.title === 'off') document.querySelector<HTMLElement>('[data-embed-title]')?.setAttribute('hidden', '');

const full = document.querySelector<HTMLAnchorElement>('[data-full-view]');
if (full) full.href = `${full.pathname}${serializeViewState(state, 'page')}`;
// A view pinned to a day says so, and offers the same view as it stands now.
const latest = document.querySelector<HTMLElement>('[data-latest]');
if (latest && state.asof) {
  latest.hidden = false;
  latest.querySelector<HTMLAnchorElement>('a')!.href =
    `${full?.pathname ?? '/'}${serializeViewState({ ...state, asof: undefined }, 'page')}`;
}

if (state.asof) {
  pinHeadline(document, state.asof);
  pinLastStep(document, state.asof);
}

const figure = document.querySelector<HTMLElement>('figure[data-lifecycle-chart]');
// Without parameters that change the drawing, the server's chart stays until the reader zooms or pans.
if (figure) mountChart(figure, state, { deferred: drawnAsServed(state) });

if (window.parent !== window) {
  const id = pymId ?? location.pathname;
  // Inside WordPress (our oEmbed HTML, framed by its sanitiser): its secret, which its messages carry.
  const secret = wordpressSecret(location.hash);
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Height is not a secret, and the parent's origin is unknown: any page may embed us.
    for (const message of heightMessages(id, height, secret)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
  if (secret) {
    // wp-embed.js may load after the frame: it says "ready", and the height is said again.
    window.addEventListener('message', (event: MessageEvent<{ message?: unknown; secret?: unknown }>) => {
      if (event.source !== window.parent || event.data?.message !== 'ready' || event.data.secret !== secret) return;
      last = 0;
      report();
    });
    // WordPress's frame is sandboxed without allow-popups: a link cannot open a window of its own, so
    // WordPress is asked to follow it (it does for an address on our host, from the focused frame).
    if (window.origin === 'null')
      document.addEventListener('click', (event) => {
        const link = (event.target as Element).closest('a[href]');
        if (!link) return;
        event.preventDefault();
        const value = new URL(link.getAttribute('href')!, location.href).href;
        window.parent.postMessage({ secret, message: 'link', value }, '*');
      });
  }
}
