import { describe, expect, it } from 'vitest';
import { actingStates, stateSections } from '../../src/lib/party/acting-states.ts';
import { partyName } from '../../src/lib/model/parties.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const bilateral = model('ex', BILATERAL, AS_OF);
const czech = model(
  'cz',
  [event('1990', 'signed', ['CS', 'all-parties']), event('1993-01-01', 'succeeded', ['CZ'], { predecessor: 'CS' })],
  AS_OF,
);

describe('actingStates(models)', () => {
  // Names come from partyName; they sort Czechia (or the Czech Republic) before Czechoslovakia either way.
  it('actingStates lists each state an event names, by name, with its page, instruments and event count, and no group', () => {
    expect(actingStates([bilateral, czech])).toEqual([
      { party: 'CZ', name: partyName('CZ'), href: '/parties/cz/', instruments: ['cz'], events: 1, historical: false },
      { party: 'CS', name: partyName('CS'), href: '/parties/cs/', instruments: ['cz'], events: 2, historical: true },
      { party: 'RU', name: partyName('RU'), href: '/parties/ru/', instruments: ['ex'], events: 4, historical: false },
      { party: 'SU', name: partyName('SU'), href: '/parties/su/', instruments: ['ex'], events: 2, historical: true },
      { party: 'US', name: partyName('US'), href: '/parties/us/', instruments: ['ex'], events: 2, historical: false },
    ]);
  });

  it('actingStates counts a state across instruments, in the order of the models', () => {
    const again = model('ag', [event('2000', 'signed', ['US']), event('2001', 'ratified', ['US'])], AS_OF);
    const [us] = actingStates([again, bilateral]).filter((s) => s.party === 'US');
    expect(us).toMatchObject({ instruments: ['ag', 'ex'], events: 4 });
  });

  it('actingStates: a state split with no succession recorded is not yet historical', () => {
    const alone = model('al', [event('1990', 'signed', ['CS'])], AS_OF);
    expect(actingStates([alone])).toEqual([
      { party: 'CS', name: partyName('CS'), href: '/parties/cs/', instruments: ['al'], events: 1, historical: false },
    ]);
  });

  it('actingStates([]) is []', () => {
    expect(actingStates([])).toEqual([]);
  });
});

describe('stateSections(states)', () => {
  it('stateSections puts states of today first, then those that no longer exist', () => {
    expect(
      stateSections(actingStates([bilateral, czech])).map((s) => [s.id, s.title, s.states.map((state) => state.party)]),
    ).toEqual([
      ['states-current', 'States today', ['CZ', 'RU', 'US']],
      ['states-historical', 'States that no longer exist', ['CS', 'SU']],
    ]);
  });

  it('stateSections leaves out an empty section', () => {
    const usOnly = actingStates([model('us', [event('2000', 'signed', ['US'])], AS_OF)]);
    expect(stateSections(usOnly).map((s) => s.id)).toEqual(['states-current']);
    expect(stateSections([])).toEqual([]);
  });
});

describe('actingStates(models) and continuing states', () => {
  it('actingStates counts the Soviet Union as historical by its continuing state, even where no succession names it', () => {
    const only = model('su', [event('1987', 'signed', ['US', 'SU'])], AS_OF);
    expect(actingStates([only]).map((s) => [s.party, s.historical])).toEqual([
      ['SU', true],
      ['US', false],
    ]);
  });
});
