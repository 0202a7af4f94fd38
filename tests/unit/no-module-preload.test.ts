import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  importWithoutPreload,
  PRELOAD_HELPER_CODE,
  preloadHelperProblems,
} from '../../src/node/no-module-preload-integration.ts';

/** Builds a page script that imports `lazy.js` when asked, as our browser builds do: ES modules, no preloading. */
async function buildLazyImport(lazy: string, plugins: Plugin[]): Promise<Rolldown.OutputChunk[]> {
  const root = mkdtempSync(join(tmpdir(), 'act-preload-'));
  writeFileSync(join(root, 'page.js'), `document.body.onclick = () => import('./lazy.js').then((m) => m.show());\n`);
  writeFileSync(join(root, 'lazy.js'), lazy);
  writeFileSync(join(root, 'lazy.css'), 'body { color: red }\n');
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: { write: false, minify: false, modulePreload: false, rolldownOptions: { input: join(root, 'page.js') } },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) =>
    'output' in o ? o.output.filter((file) => file.type === 'chunk') : [],
  );
}

const LAZY = 'export const show = () => document.title;\n';

describe('importWithoutPreload()', () => {
  it('Vite alone wraps a dynamic import in its own preload helper, which the check reports', async () => {
    const chunks = await buildLazyImport(LAZY, []);
    expect(chunks.some((chunk) => chunk.code.includes('vite:preloadError'))).toBe(true);
    expect(preloadHelperProblems(chunks)).toEqual([expect.stringMatching(/has Vite's own preload helper/)]);
  });

  it('importWithoutPreload() leaves the import, called by a helper that only calls it', async () => {
    const chunks = await buildLazyImport(LAZY, [importWithoutPreload()]);
    expect(preloadHelperProblems(chunks)).toEqual([]);
    const page = chunks.find((chunk) => chunk.isEntry)!;
    expect(page.code).toContain(PRELOAD_HELPER_CODE.replace('export const', 'var'));
    const call = /__vitePreload\(\(\) => import\("\.\/(lazy-[\w-]+\.js)"\)\.then\(\(m\) => m\.show\(\)\), \[\]\)/;
    const lazy = chunks.find(
      (chunk) => chunk.fileName === posix.join(posix.dirname(page.fileName), call.exec(page.code)?.[1] ?? ''),
    );
    expect(lazy?.code).toContain('document.title');
  });

  it('importWithoutPreload() stops the build when a lazy module brings a stylesheet only Vite’s helper fetches', async () => {
    await expect(buildLazyImport(`import './lazy.css';\n${LAZY}`, [importWithoutPreload()])).rejects.toThrow(
      /loads a module whose stylesheet Vite's preload helper would fetch/,
    );
  });
});
