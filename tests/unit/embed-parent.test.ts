import { describe, expect, it } from 'vitest';
import { resizeEmbeds } from '../../src/client/embed-parent.ts';
import {
  HEIGHT_MESSAGE_TYPE,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  readHeightMessage,
} from '../../src/lib/embed/height-messages.ts';

const ours = (height: unknown) => ({ type: HEIGHT_MESSAGE_TYPE, id: '/embed/', height });

describe('readHeightMessage(data, type, maxHeight, minHeight)', () => {
  it('readHeightMessage clamps heights to 100–10,000 px', () => {
    expect([1, 99, 100, 640, 10_000, 10_001, 10_000_000].map((h) => readHeightMessage(ours(h))?.height)).toEqual([
      100, 100, 100, 640, 10_000, 10_000, 10_000,
    ]);
    expect([MIN_EMBED_HEIGHT, MAX_EMBED_HEIGHT]).toEqual([100, 10_000]);
  });

  it('readHeightMessage refuses other formats and heights that are not positive whole numbers', () => {
    for (const data of [
      ours(0),
      ours(-5),
      ours(1.5),
      ours('640'),
      ours(Number.NaN),
      ours(Infinity),
      { ...ours(640), extra: 1 },
      { type: 'other', id: 'x', height: 640 },
      'pymxPYMxidxPYMxheightxPYMx640',
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      null,
    ]) {
      expect(readHeightMessage(data)).toBeUndefined();
    }
  });
});

/** A page with frames, enough of a Window for resizeEmbeds: frames are plain objects whose contentWindow is a token. */
function fakePage(frames: { src: string; marked: boolean }[]) {
  let listener: (event: Partial<MessageEvent>) => void = () => {};
  const elements = frames.map((f) => ({
    ...f,
    contentWindow: { name: f.src },
    style: { height: '' },
    attributes: Object.fromEntries<string>([]),
    setAttribute(name: string, value: string) {
      this.attributes[name] = value;
    },
  }));
  const win = {
    location: { href: 'https://publisher.example/article' },
    document: { querySelectorAll: () => elements.filter((e) => e.marked) },
    addEventListener: (_: string, fn: typeof listener) => (listener = fn),
  };
  resizeEmbeds(win as unknown as Window, HEIGHT_MESSAGE_TYPE, MIN_EMBED_HEIGHT, MAX_EMBED_HEIGHT, readHeightMessage);
  return {
    elements,
    post: (from: number | 'page', origin: string, data: unknown) =>
      listener({ source: (from === 'page' ? win : elements[from]!.contentWindow) as unknown as Window, origin, data }),
  };
}

describe('resizeEmbeds(win, type, minHeight, maxHeight, read)', () => {
  const SITE = 'https://armscontrol.example';

  it('resizeEmbeds resizes a marked frame from its own window and origin, clamped', () => {
    const { elements, post } = fakePage([{ src: `${SITE}/embed/`, marked: true }]);
    post(0, SITE, ours(640));
    expect(elements[0]!.style.height).toBe('640px');
    post(0, SITE, ours(50_000));
    expect(elements[0]!.attributes.height).toBe('10000');
  });

  it('resizeEmbeds ignores the page itself, unmarked frames, another origin and unknown formats', () => {
    const { elements, post } = fakePage([
      { src: `${SITE}/embed/`, marked: true },
      { src: 'https://other.example/widget', marked: false },
    ]);
    post('page', 'https://publisher.example', ours(700));
    post(1, 'https://other.example', ours(700));
    post(0, 'https://evil.example', ours(700)); // the marked frame, navigated elsewhere
    post(0, SITE, 'pymxPYMx/embed/xPYMxheightxPYMx700');
    expect(elements.map((e) => e.style.height)).toEqual(['', '']);
  });

  it('resizeEmbeds lets a frame resize only itself, whatever id its message names', () => {
    const { elements, post } = fakePage([
      { src: `${SITE}/embed/`, marked: true },
      { src: `${SITE}/embed/treaties/inf/`, marked: true },
    ]);
    post(1, SITE, { type: HEIGHT_MESSAGE_TYPE, id: '/embed/', height: 900 });
    expect(elements.map((e) => e.style.height)).toEqual(['', '900px']);
  });
});
