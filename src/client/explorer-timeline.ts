/**
 * The interactive timeline, loaded after first paint: vis-timeline with a lane per instrument that
 * opens into a lane per party, status periods as patterned backgrounds, events as glyph points, an
 * as-of line, zoom by wheel, pinch, buttons and keys. It maps the embedded data onto vis-timeline's
 * items; it works out no status itself.
 */
import moment from 'moment';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { dateEnd, dateStart } from '../lib/dates.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import { STATUSES } from '../lib/statuses.ts';
import type { ViewState } from '../lib/url-state.ts';

/** What the explorer can ask of the timeline. */
export interface TimelineController {
  /** Shows the state: filters, as-of line, window, selection. */
  apply(state: ViewState): void;
  /** One zoom step in or out, or the whole span. */
  zoom(step: 'in' | 'out' | 'fit'): void;
}

/** What the timeline tells the explorer. */
export interface TimelineHandlers {
  /** A lane label or an event was chosen. */
  select(instrument: string, event?: number): void;
  /** The user moved or zoomed the window (days, YYYY-MM-DD). */
  windowChanged(from: string, to: string): void;
}

const DAY = 86_400_000;
// The peer build, unlike the standalone one, injects no <style> elements, so the strict CSP holds.
// All dates are shown in UTC, as the content writes them.
const utcMoment = (date: moment.MomentInput) => moment(date).utc();
const day = (date: Date) => date.toISOString().slice(0, 10);

function button(label: string, title: string, onActivate: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'lane-button';
  node.textContent = label;
  node.title = title;
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  return node;
}

/** Mounts vis-timeline in `container` with the explorer's data and state; returns what the explorer may ask of it. */
export function mountTimeline(container: HTMLElement, data: ExplorerData, initial: ViewState, handlers: TimelineHandlers): TimelineController {
  const start = Date.parse(`${data.start}T00:00:00Z`);
  const end = Date.parse(`${data.asOf}T00:00:00Z`);
  const pad = Math.max((end - start) * 0.02, 60 * DAY);
  // The interactive timeline takes exactly the room reserved for the timeline (CSS, from the number of
  // lanes), so nothing below it shifts when it replaces the static one.
  const reserved = Math.round(container.getBoundingClientRect().height);
  const host = document.createElement('div');
  host.className = 'vis-host';
  host.tabIndex = 0;
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', 'Interactive timeline. Keys: plus and minus zoom, arrows pan, Home and End jump to the ends. Tab to a lane or an event and press Enter to open it.');
  container.append(host);

  let state = initial;
  let userMove = false;

  const timeline = new Timeline(host, [], [], {
    moment: utcMoment as never,
    stack: false,
    min: new Date(start - pad),
    max: new Date(end + pad),
    start: new Date(start - pad),
    end: new Date(end + pad),
    zoomMin: 30 * DAY,
    zoomMax: end - start + 2 * pad,
    orientation: { axis: 'top' },
    showCurrentTime: false,
    selectable: true,
    groupOrder: 'order',
    margin: { item: { vertical: 4 } },
    verticalScroll: true,
    height: `${reserved}px`,
    zoomable: true,
    moveable: true,
    xss: { disabled: false },
  } as never);
  timeline.addCustomTime(new Date(end), 'asof');

  const draw = () => {
    const groups: object[] = [];
    const items: object[] = [];
    data.instruments.forEach((instrument, order) => {
      if (state.instruments && !state.instruments.includes(instrument.id)) return;
      const laneId = (party: string) => (party === 'all-parties' ? instrument.id : `${instrument.id}|${party}`);
      const partyLanes = instrument.lanes.slice(1);
      groups.push({
        id: instrument.id,
        order,
        content: button(instrument.shortName, instrument.name, () => handlers.select(instrument.id)),
        nestedGroups: partyLanes.length ? partyLanes.map((l) => laneId(l.party)) : undefined,
        showNested: false,
        className: 'instrument-lane',
      });
      partyLanes.forEach((lane, n) => groups.push({ id: laneId(lane.party), order: order * 1000 + n, content: lane.label, className: 'party-lane' }));
      instrument.lanes.forEach((lane) => {
        lane.intervals.forEach((interval, k) => {
          if (interval.status === 'not-signed') return;
          const info = STATUSES[interval.status];
          items.push({
            id: `${laneId(lane.party)}#${k}`,
            group: laneId(lane.party),
            type: 'background',
            start: new Date(`${dateStart(interval.from)}T00:00:00Z`),
            end: new Date(`${interval.to ? dateStart(interval.to) : data.asOf}T00:00:00Z`),
            className: `status-${interval.status} pattern-${info.pattern}`,
            content: '',
          });
        });
        // The instrument's own lane carries every event of the instrument, so none is hidden while it is closed.
        const shown = lane.party === 'all-parties' ? instrument.events.map((_, i) => i) : lane.events;
        for (const index of shown) {
          const event = instrument.events[index]!;
          const visible = (!state.types || (state.types as string[]).includes(event.type)) && (!state.party || state.party.some((p) => event.partyIds.includes(p)));
          if (!visible) continue;
          const label = `${event.dateText}: ${event.typeLabel}${event.document ? ` (${event.document})` : ''} — ${event.parties.join(', ')}`;
          const content = button(event.glyph, label, () => handlers.select(instrument.id, index));
          content.setAttribute('aria-label', `${instrument.shortName}, ${label}`);
          items.push({ id: `${laneId(lane.party)}:${index}`, group: laneId(lane.party), type: 'point', start: new Date(`${dateStart(event.date)}T00:00:00Z`), content, className: `event type-${event.type}` });
        }
      });
    });
    timeline.setData({ groups: groups as never, items: items as never });
  };

  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    if (props.byUser || userMove) handlers.windowChanged(day(props.start), day(props.end));
    userMove = false;
  });

  const span = () => {
    const window = timeline.getWindow();
    return { from: window.start.getTime(), to: window.end.getTime() };
  };
  const move = (fraction: number) => {
    const { from, to } = span();
    const shift = (to - from) * fraction;
    userMove = true;
    timeline.setWindow(new Date(from + shift), new Date(to + shift), { animation: false });
  };
  const zoom = (step: 'in' | 'out' | 'fit') => {
    userMove = true;
    if (step === 'in') timeline.zoomIn(0.5, { animation: false });
    else if (step === 'out') timeline.zoomOut(0.5, { animation: false });
    else timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
  };
  host.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target !== host) return;
    const { from, to } = span();
    const width = to - from;
    const actions: Record<string, () => void> = {
      '+': () => zoom('in'),
      '=': () => zoom('in'),
      '-': () => zoom('out'),
      _: () => zoom('out'),
      ArrowLeft: () => move(-0.2),
      ArrowRight: () => move(0.2),
      Home: () => ((userMove = true), timeline.setWindow(new Date(start - pad), new Date(start - pad + width), { animation: false })),
      End: () => ((userMove = true), timeline.setWindow(new Date(end + pad - width), new Date(end + pad), { animation: false })),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  const apply = (next: ViewState) => {
    state = next;
    draw();
    timeline.setCustomTime(new Date(`${state.asof ?? data.asOf}T00:00:00Z`), 'asof');
    timeline.setCustomTimeTitle(`As of ${state.asof ?? data.asOf}`, 'asof');
    if (state.from && state.to) timeline.setWindow(new Date(`${dateStart(state.from)}T00:00:00Z`), new Date(`${dateEnd(state.to)}T23:59:59Z`), { animation: false });
    timeline.setSelection(state.event ? [state.event] : []);
  };
  apply(state);
  return { apply, zoom };
}
