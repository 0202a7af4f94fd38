import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE_TYPE,
  heightMessages,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  readHeightMessage,
  wordpressSecret,
} from '../../src/lib/embed/height-messages.ts';

describe('heightMessages(id, height)', () => {
  it("heightMessages('f1', 480.2) posts ours, Datawrapper's, pym.js's and AMP's, the height rounded up", () => {
    expect(heightMessages('f1', 480.2)).toEqual([
      { type: HEIGHT_MESSAGE_TYPE, id: 'f1', height: 481 },
      { 'datawrapper-height': { f1: 481 } },
      'pymxPYMxf1xPYMxheightxPYMx481',
      { sentinel: 'amp', type: 'embed-size', height: 481 },
    ]);
    expect(HEIGHT_MESSAGE_TYPE).toBe('arms-control-timeline:height');
  });

  it("heightMessages('f1', 480.2, 'abc') adds WordPress's message, with its secret", () => {
    expect(heightMessages('f1', 480.2, 'abc').at(-1)).toEqual({ secret: 'abc', message: 'height', value: 481 });
    expect(heightMessages('f1', 480.2)).toHaveLength(4);
  });

  it('readHeightMessage reads back our own message of heightMessages', () => {
    expect(readHeightMessage(heightMessages('f1', 480)[0])).toEqual({ id: 'f1', height: 480 });
  });
});

describe('readHeightMessage(data, type, maxHeight, minHeight)', () => {
  const message = (extra: Record<string, unknown>) => ({ type: HEIGHT_MESSAGE_TYPE, id: 'f', height: 300, ...extra });

  it('readHeightMessage clamps to the bounds, themselves included', () => {
    expect([MIN_EMBED_HEIGHT, MAX_EMBED_HEIGHT]).toEqual([100, 10_000]);
    expect(readHeightMessage(message({ height: 100 }))).toEqual({ id: 'f', height: 100 });
    expect(readHeightMessage(message({ height: 99 }))).toEqual({ id: 'f', height: 100 });
    expect(readHeightMessage(message({ height: 1 }))).toEqual({ id: 'f', height: 100 });
    expect(readHeightMessage(message({ height: 10_000 }))).toEqual({ id: 'f', height: 10_000 });
    expect(readHeightMessage(message({ height: 10_001 }))).toEqual({ id: 'f', height: 10_000 });
    expect(readHeightMessage(message({ height: 50 }), 'x:h', 400, 20)).toBeUndefined();
    expect(readHeightMessage(message({ type: 'x:h', height: 500 }), 'x:h', 400, 20)).toEqual({ id: 'f', height: 400 });
    expect(readHeightMessage(message({ type: 'x:h', height: 10 }), 'x:h', 400, 20)).toEqual({ id: 'f', height: 20 });
  });

  it('readHeightMessage refuses heights below 1, fractions and numbers beyond safe integers', () => {
    for (const height of [0, -5, 1.5, Number.NaN, Infinity, 2 ** 53, '300'])
      expect(readHeightMessage(message({ height })), String(height)).toBeUndefined();
  });

  it('readHeightMessage refuses an id that is not text or longer than 200 characters', () => {
    expect(readHeightMessage(message({ id: 'x'.repeat(200) }))).toEqual({ id: 'x'.repeat(200), height: 300 });
    expect(readHeightMessage(message({ id: 'x'.repeat(201) }))).toBeUndefined();
    expect(readHeightMessage(message({ id: 7 }))).toBeUndefined();
  });

  it('readHeightMessage refuses other shapes: null, text, extra or missing keys, another type', () => {
    expect(readHeightMessage(null)).toBeUndefined();
    expect(readHeightMessage('pymxPYMxfxPYMxheightxPYMx300')).toBeUndefined();
    expect(readHeightMessage(message({ extra: 1 }))).toBeUndefined();
    expect(readHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: 300 })).toBeUndefined();
    expect(readHeightMessage(message({ type: 'other' }))).toBeUndefined();
  });
});

describe('wordpressSecret(hash)', () => {
  it("wordpressSecret('#?secret=abc') reads the secret WordPress appended to the frame's address", () => {
    expect(wordpressSecret('#?secret=abc')).toBe('abc');
    expect(wordpressSecret('#?secret=Zx09aB')).toBe('Zx09aB');
  });

  it('wordpressSecret is undefined without a secret, or with one WordPress would never give', () => {
    for (const hash of [
      '',
      '#abc',
      '#?secret=',
      '#?secret=a"b',
      '#?secret=abc&x=1',
      '#?secret=<b>',
      `#?secret=${'a'.repeat(65)}`,
    ])
      expect(wordpressSecret(hash), hash).toBeUndefined();
  });
});
