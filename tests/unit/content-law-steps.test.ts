import { describe, expect, it } from 'vitest';
import { contentModel as model } from './content-model.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';

const eventsOf = (id: string) => model(id).data.events;

describe('New START: a law or a signed instrument is a step towards ratification; the exchange is ratification', () => {
  it("statusAt(new-start, 'US' | 'RU', '2011-02-04') is 'signed', after the Russian law and the US instrument", () => {
    const { lifecycle } = model('new-start');
    expect(statusAt(lifecycle, 'US', '2011-02-04')).toBe('signed');
    expect(statusAt(lifecycle, 'RU', '2011-02-04')).toBe('signed');
  });

  it("statusAt(new-start, 'US' | 'RU', '2011-02-05') is 'in-force', the day the instruments were exchanged in Munich", () => {
    const { lifecycle } = model('new-start');
    expect(statusAt(lifecycle, 'US', '2011-02-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2011-02-05')).toBe('in-force');
  });
});

describe('START I: the five parties ratified by exchanging instruments at Budapest on 1994-12-05', () => {
  const ratified = () => eventsOf('start-i').filter((e) => e.type === 'ratified');

  for (const party of ['US', 'RU', 'BY', 'KZ', 'UA'] as const)
    it(`every 'ratified' event of ${party} is dated 1994-12-05, and there is one`, () => {
      const own = ratified().filter((e) => e.parties.includes(party));
      expect(own.length).toBeGreaterThan(0);
      for (const event of own) expect(event.date).toBe('1994-12-05');
    });

  it("START I has no 'ratified' event on another date", () =>
    expect(ratified().filter((e) => e.date !== '1994-12-05')).toEqual([]));
});
