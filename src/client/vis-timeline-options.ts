/**
 * vis-timeline made as the explorer draws it: UTC dates, a lane per group without stacking, and laid out
 * as the static drawing it takes over from (src/lib/explorer/timeline-look.ts): the axis below the lanes,
 * labelled as the drawing's, markers where the drawing's bars are, and room before the first day and
 * after the last as the drawing keeps, so that a marker on either is drawn whole and markers merge at
 * the drawing's time per pixel. Ctrl + wheel (or a pinch) zooms; the party lanes the keyboard opens unfold.
 */
import moment from 'moment';
import { Timeline } from 'vis-timeline/peer';
import { DAY_MS } from '../lib/model/dates.ts';
import { CHART_CONSTANTS, CHART_LAYOUT } from '../lib/chart/chart-constants.ts';
import type { TimeWindow } from '../lib/chart/chart-window.ts';
import { tickLabel } from '../lib/chart/time-axis.ts';
import { spanPad, timelineAxisStep, type TimelineLook } from '../lib/explorer/timeline-look.ts';

// All dates are shown in UTC, as the content writes them.
const utcMoment = (date: moment.MomentInput) => moment(date).utc();

/** vis-timeline with the part of its internals the explorer opens and closes lanes with. */
export type VisTimeline = Timeline & {
  itemSet: { groups: Record<string, unknown>; toggleGroupShowNested(group: unknown, force: boolean): void };
};

/**
 * The sizes the stylesheet draws vis-timeline at (src/styles/global.css), from the drawing's: the host's
 * room above the lanes and right of the plot, and CSS properties its lanes, markers and axis scale by.
 */
function lookAt(host: HTMLElement, look: TimelineLook): void {
  const L = CHART_LAYOUT;
  // Less the border vis-timeline counts above its centre panel, whose lanes begin below it.
  host.style.paddingTop = `${look.top - 1}px`;
  host.style.paddingRight = `${look.right}px`;
  host.style.setProperty('--chart-scale', String(look.scale));
  host.style.setProperty('--axis-gap', `${L.axisGap * look.scale}px`);
  host.style.setProperty('--axis-height', `${Math.round((L.axisGap + L.axis) * look.scale)}px`);
  host.style.setProperty('--marker-size', `${2 * L.radius * look.scale}px`);
  host.style.setProperty('--marker-top', `${(L.lanePadding + L.bar / 2 - L.radius) * look.scale}px`);
}

/**
 * vis-timeline's axis stepped as the drawing's for the window it shows (years, months or days, as many
 * as the drawing's axis has for that window and width), worked out again as a zoom changes the time per
 * pixel, not for a pan; the labels are the drawing's (tickLabel).
 */
function axisAsDrawn(look: () => TimelineLook) {
  let [asked, stepped] = ['', ''];
  return (timeline: Timeline | undefined, [start, end]: TimeWindow) => {
    const key = `${Math.round(Math.log2(end - start) * 16)} ${look().plot}`;
    const step = key === asked ? undefined : timelineAxisStep(look(), [start, end]);
    asked = key;
    if (!step || JSON.stringify(step) === stepped) return undefined;
    stepped = JSON.stringify(step);
    const timeAxis = { scale: step.unit, step: step.step };
    timeline?.setOptions({ timeAxis });
    return timeAxis;
  };
}

/**
 * Makes vis-timeline in `host` within `span` (all the page's content), showing `shownFirst`, looking as the
 * drawing `look` says (asked again as the lanes change).
 */
export function visOptions(host: HTMLElement, span: TimeWindow, shownFirst: TimeWindow, look: () => TimelineLook) {
  const [start, end] = span;
  const first = look();
  const pad = spanPad(span, first.plot);
  lookAt(host, first);
  const axis = axisAsDrawn(look);
  const timeline = new Timeline(
    host,
    [] as never,
    [] as never,
    {
      moment: utcMoment as never,
      stack: false,
      min: new Date(start - pad),
      max: new Date(end + pad),
      start: new Date(shownFirst[0]),
      end: new Date(shownFirst[1]),
      timeAxis: axis(undefined, shownFirst),
      zoomMax: end - start + 2 * pad,
      zoomMin: CHART_CONSTANTS.narrowestWindow,
      orientation: { axis: 'bottom', item: 'top' },
      // One line of labels, as the drawing's axis: a year where it begins, a month, else a day.
      showMajorLabels: false,
      // Labels as close as the drawing's (a year's four figures and a gap), not vis-timeline's seven characters apart.
      maxMinorChars: 5,
      format: { minorLabels: (date: moment.Moment) => tickLabel(new Date(date.valueOf())) },
      showCurrentTime: false,
      // A tap beside a marker selects nothing (vis-timeline painted the band under it): the open event's marker is the state's.
      selectable: false,
      groupOrder: 'order',
      // Markers at a lane's top (the stylesheet moves them down onto its bar): vis-timeline moves the
      // items of a lane up to the margin above them, which is not the same for its first lane and the others.
      margin: { item: { vertical: 0 }, axis: 0 },
      // The wheel scrolls the page; Ctrl + wheel (or a pinch) zooms. The timeline grows to its lanes, so it never scrolls itself.
      zoomKey: 'ctrlKey',
      verticalScroll: false,
      zoomable: true,
      moveable: true,
      xss: { disabled: false },
    } as never,
  );
  // The axis line, where the drawing's is: below the last lane by the layout's gap.
  const line = document.createElement('div');
  line.className = 'axis-line';
  host.querySelector('.vis-panel.vis-bottom')?.append(line);
  timeline.addCustomTime(new Date(end), 'asof');
  timeline.on('rangechange', (props: { start: Date; end: Date }) =>
    axis(timeline, [props.start.getTime(), props.end.getTime()]),
  );
  // vis-timeline fits its first window on its first 'changed' (its own listener, registered before this one).
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const firstChange = () => {
    timeline.off('changed', firstChange);
    settle();
  };
  timeline.on('changed', firstChange);
  // A timeline not rendered (a printout shows the static one) never draws: there is nothing to wait for.
  if (!host.offsetWidth) settle();
  return { timeline, settled };
}

/**
 * Opens the party lanes of the instruments `open` and closes those it opened before (`opened`, kept
 * by the caller), as a click on a lane's name does; lanes the reader opened themselves stay open.
 */
export function openLanesIn(timeline: VisTimeline, open: ReadonlySet<string>, opened: Set<string>): void {
  const { groups } = timeline.itemSet;
  for (const id of [...opened].filter((id) => !open.has(id))) {
    opened.delete(id);
    if (groups[id]) timeline.itemSet.toggleGroupShowNested(groups[id], false);
  }
  for (const id of open)
    if (!opened.has(id) && groups[id]) {
      opened.add(id);
      timeline.itemSet.toggleGroupShowNested(groups[id], true);
    }
}

/**
 * vis-timeline stays hidden, behind its loading screen and without redrawing on range changes, until
 * it has seen a first 'rangechanged' - which a window given from the start never makes. It is told the
 * window is settled, and redraws: its own first-draw path, taken at once.
 */
export function drawFirst(timeline: VisTimeline): void {
  const { start, end } = timeline.getWindow();
  (timeline as unknown as { emit(name: string, props: object): void }).emit('rangechanged', {
    start,
    end,
    byUser: false,
  });
  timeline.redraw();
}

/** Moves to the state's window (explorer-timeline.ts: windowOf) unless it shows it already, to the day. */
export function drawWindow(timeline: VisTimeline, [from, to]: TimeWindow): void {
  const { start, end } = timeline.getWindow();
  if (Math.abs(start.getTime() - from) >= DAY_MS || Math.abs(end.getTime() - to) >= DAY_MS)
    timeline.setWindow(new Date(from), new Date(to), { animation: false });
}
