import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isDrawn,
  isEnded,
  isInForce,
  takesPart,
  STATUS_GROUPS,
  STATUS_IDS,
  STATUSES,
  statusGroup,
} from '../../src/lib/model/statuses.ts';
import { statusStylesheet } from '../../src/lib/site/status-styles.ts';

describe('the status table', () => {
  it("statusGroup('provisionally-applied') is 'in-force', as for 'in-force'", () => {
    expect(statusGroup('provisionally-applied')).toBe('in-force');
    expect(statusGroup('in-force')).toBe('in-force');
  });

  it("isDrawn() holds for every status but 'not-signed', the lane left empty", () => {
    expect(STATUS_IDS.filter((status) => !isDrawn(status))).toEqual(['not-signed']);
  });

  it("takesPart() holds for every status but 'not-signed' and 'dissolved'", () => {
    expect(STATUS_IDS.filter((status) => !takesPart(status))).toEqual(['not-signed', 'dissolved']);
  });

  it('isEnded() holds for withdrawn, expired, terminated and dissolved, and nothing else', () => {
    expect(STATUS_IDS.filter(isEnded)).toEqual(['withdrawn', 'expired', 'terminated', 'dissolved']);
  });

  it('isInForce() holds for in force and provisionally applied only', () => {
    expect(STATUS_IDS.filter(isInForce)).toEqual(['provisionally-applied', 'in-force']);
  });

  it("STATUS_GROUPS maps every group to the index filter and to schema.org's legal force", () => {
    expect(Object.fromEntries(STATUS_IDS.map((s) => [s, STATUS_GROUPS[statusGroup(s)].legalForce]))).toMatchObject({
      'in-force': 'InForce',
      suspended: 'PartiallyInForce',
      signed: 'NotInForce',
      expired: 'NotInForce',
    });
    // Only the three members of schema.org's LegalForceStatus.
    expect(new Set(Object.values(STATUS_GROUPS).map((g) => g.legalForce))).toEqual(
      new Set(['InForce', 'PartiallyInForce', 'NotInForce']),
    );
  });
});

describe('statusStylesheet()', () => {
  it('statusStylesheet() is what src/styles/generated.css holds (run npm run docs if not)', () => {
    expect(readFileSync('src/styles/generated.css', 'utf8')).toBe(statusStylesheet());
  });

  it('statusStylesheet() gives every status its colour from the table', () => {
    const css = statusStylesheet();
    for (const id of STATUS_IDS)
      expect(css).toContain(
        `.status-${id}, [data-status="${id}"] {\n  --status-color: var(--status-${STATUSES[id].color});\n`,
      );
  });

  it('no other stylesheet paints a status by its own rule', () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    for (const id of STATUS_IDS) expect(global).not.toMatch(new RegExp(`\\.status-${id}\\b|data-status="${id}"`));
    expect(global).toMatch(/@import ['"]\.\/generated\.css['"]/);
  });
});

describe('STATUSES', () => {
  it('STATUSES draws withdrawn, expired and terminated each its own way: ABM and START I do not look alike', () => {
    const look = (status: 'withdrawn' | 'expired' | 'terminated') =>
      `${STATUSES[status].color} ${STATUSES[status].pattern}`;
    expect(new Set([look('withdrawn'), look('expired'), look('terminated')]).size).toBe(3);
  });
});
