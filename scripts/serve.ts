/**
 * A small static server for the built site, used by the browser tests and the benchmark so they never
 * depend on a dev or preview server a developer may already be running: `node scripts/serve.ts DIR PORT`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/** Types sent compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Rules of a Netlify-style _headers file: a path pattern (with * for any rest) and its headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: {} });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Starts serving `dir` on 127.0.0.1:`port`, with the headers of its _headers file; resolves once listening. */
export function serve(dir: string, port: number) {
  const root = resolve(dir);
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of Object.entries(rule.headers)) response.setHeader(name, value);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end('Not found'));
    }
    // Text is sent gzipped when the browser accepts it, as every static host and CDN does, so that
    // the benchmark and Lighthouse see the bytes a reader would download.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'content-type': type, vary: 'accept-encoding', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    const body = createReadStream(file);
    (compress ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise<typeof server>((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4329'] = process.argv.slice(2);
  await serve(dir, Number(port));
  console.log(`Serving ${dir} on http://127.0.0.1:${port}/`);
}
