/**
 * Builds the site once with the content in CONTENT_DIR into the folder given, and prints as JSON its time,
 * peak memory, and the time spent drawing its pictures (the social cards, the charts' PNG and SVG files),
 * which the build's endpoints time on this process's performance timeline (src/node/social-png.ts).
 */
import { build } from 'astro';
import { PICTURE_MEASURES } from '../../src/node/social-png.ts';

const [outDir] = process.argv.slice(2);
const start = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error', mode: 'production' });
const ms = Math.round(performance.now() - start);
/** How many pictures of one kind the build drew, and the milliseconds it spent on them. */
const drawn = (name: string) => {
  const entries = performance.getEntriesByName(name, 'measure');
  return { count: entries.length, ms: Math.round(entries.reduce((sum, e) => sum + e.duration, 0)) };
};
console.log(
  JSON.stringify({
    ms,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    socialCards: drawn(PICTURE_MEASURES.socialCard),
    chartPictures: drawn(PICTURE_MEASURES.chartPicture),
  }),
);
