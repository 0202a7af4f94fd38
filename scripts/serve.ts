/**
 * A small static server for the built site, used by `npm start`, the browser tests and the benchmark so
 * they never depend on a dev or preview server a developer may already be running, and so that what runs
 * locally sends the headers a host sends: `node scripts/serve.ts DIR PORT`. It applies the site's
 * _headers file as Netlify and Cloudflare Pages do, and answers unknown paths with status 404 and the nearest
 * 404.html above them, as Cloudflare Pages does: an edition's own (/de/404.html), else the site's.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, posix, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/site/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Types sent compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** The 404.html in the deepest folder above `path` that has one (the root's if none does). */
function nearestNotFound(root: string, path: string): string {
  for (let dir = posix.dirname(`${path}x`); dir !== '/'; dir = posix.dirname(dir)) {
    const page = join(root, dir, '404.html');
    if (existsSync(page)) return page;
  }
  return join(root, '404.html');
}

/** Starts serving `dir` on 127.0.0.1:`port`, with the headers of its _headers file; resolves once listening. */
export function serve(dir: string, port: number) {
  const root = resolve(dir);
  const rules = existsSync(join(root, '_headers'))
    ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
    : [];
  const server = createServer((request, response) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400).end();
    }
    // Headers are chosen for the very path that is served, so no spelling (/embed/../about/, //about)
    // can borrow the embeds' headers for another page.
    const path = posix.normalize(decoded);
    if (path.includes('\0') || !path.startsWith('/')) return void response.writeHead(400).end();
    for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    let file = join(root, path);
    if (file !== root && !file.startsWith(`${root}/`)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = nearestNotFound(root, path);
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end('Not found'));
    }
    // Text is sent gzipped when the browser accepts it, as every static host and CDN does, so that
    // the benchmark and Lighthouse see the bytes a reader would download.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'content-type': type,
      vary: 'accept-encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
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
