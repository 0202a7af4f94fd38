import { describe, expect, it } from 'vitest';
import { lazyRenderer } from '../../src/client/lazy-renderer.ts';

describe('lazyRenderer(needed, load)', () => {
  it('loads nothing while no state needs it, then loads once and draws every state from then on', async () => {
    const drawn: number[] = [];
    let loads = 0;
    const draw = lazyRenderer(
      (n: number) => n > 0,
      () => {
        loads++;
        return Promise.resolve((n: number) => void drawn.push(n));
      },
    );
    await draw(0);
    expect([loads, drawn]).toEqual([0, []]);
    await draw(1);
    await draw(0);
    expect([loads, drawn]).toEqual([1, [1, 0]]);
  });

  it('draws the latest state asked for while its code was loading, never an older one after it', async () => {
    const drawn: string[] = [];
    let arrive = (_draw: (s: string) => void) => {};
    const draw = lazyRenderer(
      () => true,
      () => new Promise<(s: string) => void>((resolve) => (arrive = resolve)),
    );
    const first = draw('first');
    const second = draw('second');
    arrive((s) => void drawn.push(s));
    await Promise.all([first, second]);
    expect(drawn.at(-1)).toBe('second');
    expect(drawn).not.toContain('first');
  });
});
