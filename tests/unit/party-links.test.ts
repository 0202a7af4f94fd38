import { describe, expect, it } from 'vitest';
import { partyLinks } from '../../src/lib/party/party-links.ts';

describe('partyLinks(parties, withPages)', () => {
  it("partyLinks(['RU', 'nato-allies', 'US'], {RU}) links Russia to its page and names the others only", () => {
    expect(partyLinks(['RU', 'nato-allies', 'US'], new Set(['RU']))).toEqual([
      { name: 'Russia', href: '/parties/ru/' },
      { name: 'NATO allies' },
      { name: 'United States' },
    ]);
  });

  it('partyLinks([], …) is []', () => {
    expect(partyLinks([], new Set(['RU']))).toEqual([]);
  });
});
