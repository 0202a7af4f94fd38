/**
 * Where the keyboard is inside a chart: one event of one lane. Both the lifecycle chart and the
 * explorer's timeline are a single Tab stop whose keys move this cursor — Left/Right to the previous or
 * next event in time, Up/Down to the neighbouring lane (the event nearest in time), Home/End to the
 * lane's first and last event, and a letter to the next lane whose name begins with it, as in a list.
 * The rule is written here once; the views only draw where the cursor is.
 */

/** A lane the keyboard moves along: its events in time order. */
export interface CursorLane {
  /** The lane's key in the view. */
  key: string;
  /** Its name, which a typed letter matches. */
  label: string;
  /** Its events, sorted by time: the index in the instrument's event list, and the event's time (ms). */
  events: readonly { index: number; time: number }[];
}

/** The cursor: a lane of the list it moves over, and an event of that lane (positions, not ids). */
export interface Cursor {
  lane: number;
  event: number;
}

/** The first letter of a name as typed: lower case, without accents ("Ö" is typed "o"). */
const initial = (text: string) => text.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleLowerCase();

const nearest = (events: CursorLane['events'], time: number) =>
  events.reduce((best, e, n) => (Math.abs(e.time - time) < Math.abs(events[best]!.time - time) ? n : best), 0);

/**
 * Where `key` moves `cursor` over `lanes`, or undefined when the key is not a move (the view then
 * handles it, or lets it be). Lanes without events are passed over. Before the first move there is no
 * cursor: any move then starts at the event nearest `middle` (the time in the middle of the window) in
 * the first lane with events, or in the lane a typed letter names.
 */
export function moveCursor(
  lanes: readonly CursorLane[],
  cursor: Cursor | undefined,
  key: string,
  middle: number,
): Cursor | undefined {
  const usable = lanes.flatMap((lane, n) => (lane.events.length ? [n] : []));
  if (usable.length === 0) return undefined;
  const current = cursor && lanes[cursor.lane]?.events[cursor.event] ? cursor : undefined;
  const time = current ? lanes[current.lane]!.events[current.event]!.time : middle;
  const at = (lane: number): Cursor => ({ lane, event: nearest(lanes[lane]!.events, time) });

  if (key.length === 1) {
    const letter = initial(key);
    if (!/^\p{L}$/u.test(letter)) return undefined;
    // The next lane after the current one whose name begins with the letter, coming round at the end.
    const from = current ? usable.indexOf(current.lane) + 1 : 0;
    const order = [...usable.slice(from), ...usable.slice(0, from)];
    const lane = order.find((n) => initial(lanes[n]!.label) === letter);
    return lane === undefined ? undefined : at(lane);
  }
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return undefined;
  if (!current)
    return key === 'Home' || key === 'End' ? moveCursor(lanes, at(usable[0]!), key, middle) : at(usable[0]!);

  const events = lanes[current.lane]!.events;
  const place = usable.indexOf(current.lane);
  switch (key) {
    case 'ArrowLeft':
      return { ...current, event: Math.max(current.event - 1, 0) };
    case 'ArrowRight':
      return { ...current, event: Math.min(current.event + 1, events.length - 1) };
    case 'Home':
      return { ...current, event: 0 };
    case 'End':
      return { ...current, event: events.length - 1 };
    case 'ArrowUp':
      return at(usable[Math.max(place - 1, 0)]!);
    default:
      return at(usable[Math.min(place + 1, usable.length - 1)]!);
  }
}
