/**
 * Adds zoom and pan to a chart rendered at build time: wheel, pinch and drag through d3-zoom, the
 * toolbar buttons, and the keyboard (+/− zoom, arrows pan, Home shows all). It only moves and hides
 * what the server drew, using the times and keys in its data-* attributes; the axis re-ticks for the
 * new window.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { chooseTimeAxis } from '../lib/chart/time-axis.ts';
import { timeScale } from '../lib/chart/time-scale.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a page can ask of a mounted chart. */
export interface ChartController {
  /** Shows the window [from, to] (milliseconds). */
  setWindow(from: number, to: number): void;
  /** The window shown, as days (YYYY-MM-DD), or undefined when the whole span shows. */
  getWindow(): { from: string; to: string } | undefined;
  /** Moves the as-of line. */
  setAsOf(time: number): void;
  /** Shows only the lanes with these keys (all when undefined), closing up the gaps. */
  showLanes(keys: readonly string[] | undefined): void;
  /** Shows only the events in which one of these parties acted (all when undefined). */
  showParties(parties: readonly string[] | undefined): void;
}

/** Mounts zoom on the chart inside `figure` (a figure[data-lifecycle-chart]). */
export function mountChart(figure: HTMLElement): ChartController | undefined {
  const svg = figure.querySelector<SVGSVGElement>('svg.lifecycle-chart');
  if (!svg) return undefined;
  const [start, end] = svg.dataset.domain!.split(',').map(Number) as [number, number];
  const left = Number(svg.dataset.left);
  const right = Number(svg.dataset.right);
  const fullHeight = svg.viewBox.baseVal.height;
  const base = timeScale([start, end], [left, right]);
  const bars = [...svg.querySelectorAll<SVGRectElement>('.bar rect')];
  const events = [...svg.querySelectorAll<SVGGElement>('g.event')];
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')];
  const asOf = svg.querySelector<SVGGElement>('g.as-of');
  const axis = svg.querySelector<SVGGElement>('g.axis')!;
  const axisY = Number(/translate\(0 ([\d.]+)\)/.exec(axis.getAttribute('transform') ?? '')?.[1] ?? 0);
  const tickLayer = axis.querySelector<SVGGElement>('g')!;
  const status = figure.querySelector<HTMLElement>('[data-zoom-status]');
  let x = base;

  const draw = (scale: typeof base) => {
    x = scale;
    for (const rect of bars) {
      const from = x(Number(rect.dataset.from));
      rect.setAttribute('x', String(from));
      rect.setAttribute('width', String(Math.max(x(Number(rect.dataset.to)) - from, 1)));
    }
    for (const group of events) {
      const px = x(Number(group.dataset.time));
      // A label moved inwards at the plot's edge keeps its offset from its marker.
      const label = group.querySelector<SVGTextElement>('text.marker-label');
      const labelX = px + Number(label?.dataset.offset ?? 0);
      const line = group.querySelector('line.leader');
      line?.setAttribute('x1', String(px));
      line?.setAttribute('x2', String(labelX));
      label?.setAttribute('x', String(labelX));
      const marker = group.querySelector('a.marker')!;
      marker.setAttribute('transform', marker.getAttribute('transform')!.replace(/translate\([^ ]+ /, `translate(${px} `));
    }
    if (asOf) asOf.setAttribute('transform', `translate(${x(Number(asOf.dataset.time))} 0)`);
    const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
    tickLayer.replaceChildren(
      ...chooseTimeAxis(from, to, right - left).ticks.map((tick) => {
        const g = document.createElementNS(SVG_NS, 'g');
        g.setAttribute('class', 'tick');
        g.setAttribute('transform', `translate(${x(tick.time)} 0)`);
        const line = document.createElementNS(SVG_NS, 'line');
        line.setAttribute('y2', '6');
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('y', '18');
        text.setAttribute('text-anchor', 'middle');
        text.textContent = tick.label;
        g.append(line, text);
        return g;
      }),
    );
    if (status) {
      const month = (t: number) => new Date(t).toISOString().slice(0, 7);
      status.textContent = `Showing ${month(from)} to ${month(to)}`;
    }
  };

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 80])
    .extent([[left, 0], [right, fullHeight]])
    .translateExtent([[left, 0], [right, fullHeight]])
    .on('zoom', (event) => draw(event.transform.rescaleX(base)));
  const selection = select(svg).call(behaviour);
  const centre = (): [number, number] => [(left + right) / 2, fullHeight / 2];
  const scale = () => (svg as unknown as { __zoom?: { k: number } }).__zoom?.k ?? 1;

  const actions: Record<string, () => void> = {
    in: () => behaviour.scaleBy(selection, 2, centre()),
    out: () => behaviour.scaleBy(selection, 0.5, centre()),
    reset: () => behaviour.transform(selection, zoomIdentity),
    left: () => behaviour.translateBy(selection, (right - left) / 8 / scale(), 0),
    right: () => behaviour.translateBy(selection, -(right - left) / 8 / scale(), 0),
  };
  for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
    button.addEventListener('click', () => actions[button.dataset.zoom!]?.());
  }
  const keys: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', _: 'out', ArrowLeft: 'left', ArrowRight: 'right', Home: 'reset' };
  figure.querySelector<HTMLElement>('[data-zoom-region]')?.addEventListener('keydown', (event) => {
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    actions[action]!();
  });

  // Hovering or focusing a marker shows its event under the chart, for pointer and keyboard alike.
  const detail = figure.querySelector<HTMLElement>('[data-chart-detail]');
  const show = (event: Event) => {
    const marker = (event.target as Element).closest?.('a.marker');
    if (marker && detail) detail.textContent = marker.getAttribute('aria-label');
  };
  svg.addEventListener('focusin', show);
  svg.addEventListener('mouseover', show);
  figure.querySelector<HTMLElement>('[data-zoom-controls]')?.removeAttribute('hidden');

  return {
    getWindow() {
      if (scale() === 1) return undefined;
      const [from, to] = x.domain().map((d) => d.toISOString().slice(0, 10)) as [string, string];
      return { from, to };
    },
    setWindow(from, to) {
      const k = (end - start) / Math.max(to - from, 1);
      behaviour.transform(selection, zoomIdentity.translate(left - k * base(from), 0).scale(k));
    },
    setAsOf(time) {
      if (!asOf) return;
      asOf.dataset.time = String(time);
      asOf.setAttribute('transform', `translate(${x(time)} 0)`);
    },
    showLanes(keys) {
      let offset = 0;
      for (const lane of lanes) {
        const shown = !keys || keys.includes(lane.dataset.lane!);
        lane.toggleAttribute('hidden', !shown);
        lane.setAttribute('transform', `translate(0 ${-offset})`);
        if (!shown) offset += Number(lane.dataset.height);
      }
      axis.setAttribute('transform', `translate(0 ${axisY - offset})`);
      svg.setAttribute('viewBox', `0 0 ${svg.viewBox.baseVal.width} ${fullHeight - offset}`);
      asOf?.querySelector('line')?.setAttribute('y2', String(axisY - offset));
    },
    showParties(parties) {
      for (const group of events) group.toggleAttribute('hidden', !!parties && !group.dataset.parties!.split(',').some((p) => parties.includes(p)));
    },
  };
}
