/**
 * `npm run audit`: Lighthouse with its mobile and desktop presets on a page of each type of the built
 * site (the explorer, a treaty page, both embeds, the treaty and state indexes, a state's page, the
 * methodology page and the 404 page), three runs each (AUDIT_RUNS); prints the four category scores of the
 * run with the median performance score, and keeps its JSON report in bench/reports/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromium } from '../src/node/browser.ts';
import { serve } from './serve.ts';

const PORT = 4599;
/** Runs per page and preset: the median is reported, as scores vary from run to run. */
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const first = readdirSync('dist/treaties').find((f) => !f.endsWith('.html'));
/** One page of each type the site builds; the party page is the state with the most steps. */
const pages = {
  explorer: '/',
  treaty: `/treaties/${first}/`,
  'embed-explorer': '/embed/',
  'embed-treaty': `/embed/treaties/${first}/`,
  treaties: '/treaties/',
  parties: '/parties/',
  party: '/parties/ru/',
  about: '/about/',
  // The 404 page itself: Lighthouse audits no page sent with status 404.
  'not-found': '/404.html',
};
const server = await serve('dist', PORT);
const chrome = await chromeLauncher.launch({
  chromePath: resolveChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
mkdirSync('bench/reports', { recursive: true });
const rows: Record<string, string | number>[] = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const [name, path] of Object.entries(pages)) {
      // Each page RUNS times; the run with the median performance score is the one kept and shown.
      const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(
          `http://127.0.0.1:${PORT}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        results.push(result);
      }
      const performanceOf = (r: (typeof results)[number]) => r.lhr.categories.performance?.score ?? 0;
      const sorted = [...results].sort((a, b) => performanceOf(a) - performanceOf(b));
      const result = sorted[Math.floor(sorted.length / 2)]!;
      writeFileSync(`bench/reports/${name}-${preset}.json`, result.report as string);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      rows.push({
        page: name,
        preset,
        performance: score('performance'),
        'performance, each run': sorted.map((r) => Math.round(performanceOf(r) * 100)).join(' '),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
      });
    }
  }
} finally {
  chrome.kill();
  server.close();
}
console.table(rows);
writeFileSync('bench/reports/summary.json', `${JSON.stringify(rows, null, 2)}\n`);
console.log('Reports in bench/reports/.');
