/**
 * What a built page makes the browser download before it is interactive: its module scripts and
 * their static imports (dynamic import() chunks, loaded later, are listed apart), and its stylesheets,
 * linked or in the page.
 * Measured from dist/, so budgets can be asserted without timing anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one kind of asset, raw and gzipped. */
export interface Bytes {
  raw: number;
  gzip: number;
  files: string[];
}

/** A page's weight. */
export interface PageWeight {
  /** Scripts loaded before the first interaction or idle moment. */
  initialJs: Bytes;
  /** Scripts the page may load later through dynamic import(). */
  lazyJs: Bytes;
  /** Stylesheets linked from the page. */
  css: Bytes;
  /** The text of the page's style elements, also counted in `html`; sent again with every page, never cached apart. */
  inlineCss: Omit<Bytes, 'files'>;
  /** The HTML itself. */
  html: Bytes;
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function bytes(dist: string, files: Iterable<string>): Bytes {
  const list = [...files];
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const content = readFileSync(join(dist, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files: list };
}

function resolve(from: string, specifier: string): string {
  if (specifier.startsWith('/')) return specifier;
  const base = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}

/** Weighs the page at `path` (e.g. "/treaties/cfe/") in the built site at `dist`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const htmlFile = join(path, 'index.html');
  if (!existsSync(join(dist, htmlFile))) throw new Error(`No built page at ${path} in ${dist}`);
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (initial.has(file) || into.has(file)) return;
    into.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(file, m[1]!), into);
    for (const m of code.matchAll(DYNAMIC_IMPORT))
      if (!initial.has(resolve(file, m[1]!))) lazy.add(resolve(file, m[1]!));
  };
  for (const entry of entries) visit(entry, initial);
  const lazyAll = new Set<string>();
  for (const file of lazy) if (!initial.has(file)) visit(file, lazyAll);
  return {
    initialJs: bytes(dist, initial),
    lazyJs: bytes(dist, lazyAll),
    css: bytes(dist, css),
    inlineCss: (() => {
      const text = Buffer.from([...html.matchAll(/<style[^>]*>(.*?)<\/style>/gs)].map((m) => m[1]!).join(''));
      return { raw: text.length, gzip: text.length ? gzipSync(text, { level: 9 }).length : 0 };
    })(),
    html: bytes(dist, [htmlFile]),
  };
}
