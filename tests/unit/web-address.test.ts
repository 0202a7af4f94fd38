import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/lib/content/schema/text-limits.ts';
import { webAddressProblem } from '../../src/lib/content/schema/web-address.ts';

describe('webAddressProblem(text)', () => {
  it("webAddressProblem('https://example.org/a?b#c') is undefined: nothing is wrong", () => {
    expect(webAddressProblem('https://example.org/a?b#c')).toBeUndefined();
  });

  it('webAddressProblem refuses what is not an address, naming it', () => {
    expect(webAddressProblem('example.org/page')).toMatch(/^"example\.org\/page" is not a web address/);
  });

  it('webAddressProblem refuses other schemes, naming the scheme', () => {
    expect(webAddressProblem('http://example.org/')).toMatch(/^http: addresses are not accepted/);
    expect(webAddressProblem('javascript:alert(1)')).toMatch(/^javascript: addresses are not accepted/);
  });

  it('webAddressProblem refuses a user name or a password before the host, naming the host', () => {
    expect(webAddressProblem('https://user@example.org/')).toMatch(
      /^"example\.org" is preceded by a user name or password/,
    );
    expect(webAddressProblem('https://:secret@example.org/')).toMatch(/^"example\.org" is preceded/);
  });

  it('webAddressProblem accepts an address of exactly TEXT_LIMITS.url characters and refuses one longer, with both lengths', () => {
    const max = TEXT_LIMITS.url.max;
    const base = 'https://example.org/';
    expect(webAddressProblem(base + 'a'.repeat(max - base.length))).toBeUndefined();
    const problem = webAddressProblem(base + 'a'.repeat(max - base.length + 1));
    expect(problem).toContain((max + 1).toLocaleString('en'));
    expect(problem).toContain(max.toLocaleString('en'));
  });
});
