import { describe, expect, it } from 'vitest';
import { colorToken, statusStylesheet } from '../../src/lib/site/status-styles.ts';
import { STATUS_COLORS, STATUS_IDS } from '../../src/lib/model/statuses.ts';

describe('colorToken(color)', () => {
  it("colorToken('in-force') is '--status-in-force'", () => {
    expect(colorToken('in-force')).toBe('--status-in-force');
  });
});

describe('statusStylesheet()', () => {
  const css = statusStylesheet();

  it('statusStylesheet() sets every palette colour as light-dark(light, dark) in :root', () => {
    const root = /:root \{\n([\s\S]*?)\n\}/.exec(css)![1]!.split('\n');
    expect(root).toEqual(
      Object.entries(STATUS_COLORS).map(
        ([name, [light, dark]]) => `  --status-${name}: light-dark(${light}, ${dark});`,
      ),
    );
  });

  it('statusStylesheet() gives each status one rule with its colour and the image of its pattern', () => {
    // A rule has a declaration a line (and a pattern an image a line): each is read back on one line.
    const rules = [...css.matchAll(/^\.status-[^{]+\{[^}]*\}/gm)].map(([rule]) => rule.replace(/\s*\n\s*/g, ' '));
    expect(rules).toHaveLength(STATUS_IDS.length);
    expect(rules).toContain(
      '.status-in-force, [data-status="in-force"] { --status-color: var(--status-in-force); --status-pattern: none; }',
    );
    expect(rules).toContain(
      '.status-suspended, [data-status="suspended"] { --status-color: var(--status-suspended); --status-pattern: repeating-linear-gradient(45deg, rgb(0 0 0 / .35) 0 1.5px, transparent 1.5px 6px); }',
    );
    expect(rules.find((r) => r.startsWith('.status-signed,'))).toContain('--status-pattern: radial-gradient(');
    expect(rules.find((r) => r.startsWith('.status-withdrawn,'))).toContain('repeating-linear-gradient(-45deg');
    expect(rules.find((r) => r.startsWith('.status-dissolved,'))).toContain('--status-pattern: none;');
  });

  it('statusStylesheet() begins with a note that it is generated, ends with the chart variants and a newline', () => {
    expect(css.startsWith('/* Generated from src/lib/model/statuses.ts')).toBe(true);
    expect(css).toContain('@container chart');
    expect(css.endsWith('}\n')).toBe(true);
  });
});
