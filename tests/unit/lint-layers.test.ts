// The layers of README "How the code is layered", as eslint.config.js holds them: source text is planted
// at a path in each layer and linted with the project's own configuration. The planted files exist only
// as text, which TypeScript's project service cannot open, so the type-checked rules (not what is tested
// here) are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules `code` breaks when it stands at `filePath` (which need not exist). */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const LIB = 'src/lib/chart/planted.ts';
const CLIENT = 'src/client/planted.ts';

describe('eslint.config.js keeps the layers', { timeout: 120_000 }, () => {
  it('lint(src/lib) passes pure code, with what every runtime has (Intl, URL, console)', async () => {
    expect(
      await broken(LIB, "export const at = (day: string): string => new URL(day, 'https://x.org/').href;\n"),
    ).toEqual([]);
  });

  it('lint(src/lib) fails an import from src/client', async () => {
    expect(await broken(LIB, "export { offerEmbed } from '../../client/embed-share.ts';\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('lint(src/lib/model) and lint(src/lib/content) fail an import from a layer above them', async () => {
    const above = "export { treatyPath } from '../site/routes.ts';\n";
    expect(await broken('src/lib/model/planted.ts', above)).toContain('no-restricted-imports');
    expect(
      await broken(
        'src/lib/content/schema/planted.ts',
        "export { layoutChart } from '../../chart/lifecycle-chart.ts';\n",
      ),
    ).toContain('no-restricted-imports');
    expect(await broken('src/lib/model/planted.ts', "export { t } from '../i18n/strings.ts';\n")).toEqual([]);
    expect(await broken('src/lib/explorer/planted.ts', above)).toEqual([]);
  });

  it('lint(src/lib) fails `document` and `window`', async () => {
    expect(await broken(LIB, 'export const title = (): string => document.title;\n')).toContain(
      'no-restricted-globals',
    );
    expect(await broken(LIB, 'export const wide = (): boolean => window.innerWidth > 600;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('lint(src/lib) fails Node: node:* modules, src/node and `process`', async () => {
    expect(await broken(LIB, "export { readFileSync } from 'node:fs';\n")).toContain('no-restricted-imports');
    expect(await broken(LIB, "export { readFileSync } from 'fs';\n")).toContain('no-restricted-imports');
    expect(await broken(LIB, "export { lastChangeDay } from '../../node/git-dates.ts';\n")).toContain(
      'no-restricted-imports',
    );
    expect(await broken(LIB, 'export const day = (): string | undefined => process.env.AS_OF;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('lint(src/lib) fails Astro: astro:*, a component, a page and src/data.ts', async () => {
    expect(await broken(LIB, "export { getCollection } from 'astro:content';\n")).toContain('no-restricted-imports');
    expect(await broken(LIB, "export { default } from '../../components/Head.astro';\n")).toContain(
      'no-restricted-imports',
    );
    expect(await broken(LIB, "export { GET } from '../../pages/robots.txt.ts';\n")).toContain('no-restricted-imports');
    expect(await broken(LIB, "export { asOfDay } from '../../data.ts';\n")).toContain('no-restricted-imports');
  });

  it('lint(src/client) passes the DOM, and fails a page and `process`', async () => {
    expect(await broken(CLIENT, 'export const title = (): string => document.title;\n')).toEqual([]);
    expect(await broken(CLIENT, "export { GET } from '../pages/robots.txt.ts';\n")).toContain('no-restricted-imports');
    expect(await broken(CLIENT, 'export const day = (): string | undefined => process.env.AS_OF;\n')).toContain(
      'no-restricted-globals',
    );
  });
});

describe("README's picture of the layers", () => {
  it('names every folder of src/lib, and no folder that is not there', () => {
    const readme = readFileSync('README.md', 'utf8');
    const picture = readme.slice(readme.indexOf('<!-- layers:start -->'), readme.indexOf('<!-- layers:end -->'));
    const named = [
      ...[...picture.matchAll(/src\/lib\/([a-z0-9-]+)/g)].map((m) => m[1]!),
      ...[...picture.matchAll(/src\/lib\/\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim())),
    ];
    const folders = readdirSync('src/lib', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(new Set(named)).toEqual(new Set(folders.map((e) => e.name)));
    // Nothing lies loose at the top of src/lib: every module belongs to a layer's folder.
    expect(readdirSync('src/lib', { withFileTypes: true }).filter((e) => e.isFile())).toEqual([]);
  });
});
