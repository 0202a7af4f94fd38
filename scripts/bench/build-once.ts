/** Builds the site once with the content in CONTENT_DIR into the folder given, and prints its time and peak memory as JSON. */
import { build } from 'astro';

const [outDir] = process.argv.slice(2);
const start = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error', mode: 'production' });
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - start),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
