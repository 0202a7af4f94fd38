// Two YAML parsers, on purpose: js-yaml reads the values as Astro's own loader does, so the validator judges
// what the build will see; `yaml` keeps each node's position, so every problem names its line.
import yaml from 'js-yaml';
import { isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { narrativeProblems } from './narrative-check.ts';
import { instrumentSchema, type InstrumentData } from './schema/instrument-schema.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path relative to the repository, e.g. content/treaties/cfe.md. */
  path: string;
  /** The whole file. */
  text: string;
}

/** One thing wrong in one file, with where and what to write instead. */
export interface ContentProblem {
  /** Path of the file. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Dotted field path, e.g. events[3].sources[0].url; "(file)" for the file as a whole. */
  field: string;
  /** What is wrong — what to write instead. */
  message: string;
}

/** A file that passed every check, with its id taken from the file name. */
export interface ValidInstrument {
  /** The file name without .md. */
  id: string;
  /** The file's path. */
  file: string;
  /** The validated frontmatter. */
  data: InstrumentData;
  /** The Markdown body. */
  body: string;
}

/** What checking all content found. */
export interface ContentReport {
  /** Instruments without problems. */
  instruments: ValidInstrument[];
  /** Every problem in every file, in file and line order. */
  problems: ContentProblem[];
}

/** The same frontmatter pattern Astro's loader uses, so both read the same text. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a file name is one the site reads as an entry: it ends in ".md", in lower case, as the content loader's glob asks. */
export function isEntryName(name: string): boolean {
  return name.endsWith('.md');
}

/** The name an author probably meant: lower-case words joined by hyphens, ending in .md. */
function entryNameFor(name: string): string {
  const stem = name.replace(/\/$/, '').replace(/\.(?:md|markdown|mdown|mkd|mdx|txt)$/i, '');
  return `${
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'instrument'
  }.md`;
}

/** A plain YAML scalar that YAML 1.1 (and so Astro's loader) reads as a timestamp rather than text. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d.*)?$/;

type Path = readonly PropertyKey[];

/** events[3].sources[0].url */
export function formatFieldPath(path: Path): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(file)'
  );
}

/** Zod's generic messages, rewritten to say what to write instead. Field-specific messages pass through. */
function explain(issue: z.core.$ZodIssue): { path: Path; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: `"${key}" is not a field here — remove it, or check its spelling against CONTENT.md`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && issue.input !== undefined) {
    const what = issue.path.length ? 'this entry' : 'the frontmatter';
    return [
      {
        path: issue.path,
        message: `${what} must be a set of "field: value" lines — see CONTENT.md for the fields it takes`,
      },
    ];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [
      {
        path: issue.path,
        message: issue.message.includes(' — ')
          ? issue.message
          : `${formatFieldPath(issue.path)} is missing — add it (see CONTENT.md)`,
      },
    ];
  }
  return [{ path: issue.path, message: issue.message }];
}

interface Frontmatter {
  /** The YAML between the --- lines. */
  yaml: string;
  /** The file line of the opening ---. */
  opening: number;
  /** Where the body starts in the file. */
  bodyStart: number;
  /** The file line of a field path; a missing field is reported on the line of its nearest parent that exists. */
  lineOf(path: Path): number;
  /** The field paths of values written without quotes that YAML 1.1 reads as timestamps (2023-02-30 becomes 2 March). */
  unquotedTimestamps(): Path[];
}

function locate(text: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const yamlText = match[1]!;
  const opening = text.slice(0, match.index + match[0].indexOf('---') + 3).split('\n').length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  return {
    yaml: yamlText,
    opening,
    bodyStart: match.index + match[0].length,
    lineOf(path) {
      for (let length = path.length; length > 0; length--) {
        const node = doc.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return opening - 1 + lineCounter.linePos(node.range[0]).line;
      }
      return opening;
    },
    unquotedTimestamps() {
      const found: Path[] = [];
      visit(doc, {
        Scalar(key, node, ancestors) {
          if (key === 'key' || node.type !== 'PLAIN' || !TIMESTAMP.test(String(node.value))) return;
          const path: PropertyKey[] = [];
          const chain = [...ancestors, node];
          chain.forEach((ancestor, i) => {
            if (isPair(ancestor))
              path.push(isScalar(ancestor.key) ? (ancestor.key.value as PropertyKey) : String(ancestor.key));
            else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(chain[i + 1]));
          });
          found.push(path);
        },
      });
      return found;
    },
  };
}

/** Checks one file on its own: its name, frontmatter, YAML, schema, lifecycle and narrative. */
function checkFile(file: ContentFile, asOf: string): { problems: ContentProblem[]; instrument?: ValidInstrument } {
  const name = file.path.split('/').filter(Boolean).at(-1)!;
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string) =>
    problems.push({ file: file.path, line, field, message });
  if (file.path.endsWith('/')) {
    report(
      1,
      '(file name)',
      `${name}/ is a folder, and the site reads only the .md files directly in the content folder — move each entry ` +
        `up as its own file (e.g. ${entryNameFor(name)}), and anything else out`,
    );
    return { problems };
  }
  if (!isEntryName(name)) {
    report(
      1,
      '(file name)',
      `${name} is not read by the site, so its entry would vanish without a word — the site reads only files ending ` +
        `in ".md": rename it to ${entryNameFor(name)}, or move it out of the folder`,
    );
    return { problems };
  }
  const id = name.replace(/\.md$/, '');
  if (!ID.test(id))
    report(
      1,
      '(file name)',
      `"${id}.md" cannot be an id — name the file in lowercase words joined by hyphens, e.g. ${entryNameFor(name)}`,
    );

  const frontmatter = locate(file.text);
  if (!frontmatter) {
    report(
      1,
      '(file)',
      'the file has no frontmatter — start it with a line "---", the fields, and another line "---" (see CONTENT.md)',
    );
    return { problems };
  }
  let value: unknown;
  try {
    // The core schema keeps an unquoted 2023-02-30 as the text written, instead of the timestamp 2 March,
    // so the date is judged as the author wrote it; unquoted dates are still refused below.
    value = yaml.load(frontmatter.yaml, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    report(
      frontmatter.opening + (mark?.line ?? 0),
      '(yaml)',
      `the frontmatter is not valid YAML (${reason}) — check indentation and quote text that contains ": " or starts with a symbol`,
    );
    return { problems };
  }
  // With each issue's input, so that explain() tells a field left out from one written in the wrong shape.
  const result = instrumentSchema({ asOf }).safeParse(value ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path, message } of explain(issue)) report(frontmatter.lineOf(path), formatFieldPath(path), message);
    }
  }
  // Astro's loader reads YAML 1.1, where an unquoted date is a timestamp: it must be quoted, whatever else is wrong with it.
  const named = new Set(problems.map((p) => p.field));
  for (const path of frontmatter.unquotedTimestamps()) {
    const field = formatFieldPath(path);
    if (!named.has(field))
      report(
        frontmatter.lineOf(path),
        field,
        'the date is not in quotes, so YAML reads it as a timestamp or number — write it in quotes, e.g. "1990-11-19", "1990-11" or "1990"',
      );
  }
  const body = file.text.slice(frontmatter.bodyStart).replace(/^\r?\n/, '');
  // The file line of the body's first: the one after the closing ---, or its own where text (spaces) follows the ---.
  const first = file.text.slice(0, file.text.length - body.length).split('\n').length;
  for (const problem of narrativeProblems(body)) report(first - 1 + problem.line, '(body)', problem.message);
  return {
    problems,
    instrument: problems.length || !result.success ? undefined : { id, file: file.path, data: result.data, body },
  };
}

/** Every reference from one instrument to another must name a file that exists, and not itself. */
function checkReferences(instruments: ValidInstrument[], files: ContentFile[], problems: ContentProblem[]): void {
  const ids = new Set(
    files.filter((f) => isEntryName(f.path)).map((f) => f.path.split('/').at(-1)!.replace(/\.md$/, '')),
  );
  for (const { id, file, data } of instruments) {
    const frontmatter = locate(files.find((f) => f.path === file)!.text)!;
    const lists: [Path, readonly string[] | undefined][] = [
      [['lineage', 'supersedes'], data.lineage?.supersedes],
      [['lineage', 'supersededBy'], data.lineage?.supersededBy],
      [['lineage', 'adaptedBy'], data.lineage?.adaptedBy],
      [['lineage', 'updatedBy'], data.lineage?.updatedBy],
      [['related'], data.related],
    ];
    for (const [path, list] of lists) {
      list?.forEach((ref, i) => {
        const at = [...path, i];
        const line = frontmatter.lineOf(at);
        if (ref === id)
          problems.push({
            file,
            line,
            field: formatFieldPath(at),
            message: `an instrument cannot refer to itself — remove "${ref}"`,
          });
        else if (!ids.has(ref))
          problems.push({
            file,
            line,
            field: formatFieldPath(at),
            message: `there is no content/treaties/${ref}.md — write the id of an existing file (${[...ids].sort().join(', ')}), or add that instrument first`,
          });
      });
    }
  }
}

/** One "comes after" link of the lineage, from the older instrument to the newer, as one file records it. */
interface LineageLink {
  older: string;
  newer: string;
  file: string;
  path: Path;
}

/**
 * Lineage runs one way in time: "supersedes" names older instruments, "supersededBy", "adaptedBy" and
 * "updatedBy" newer ones. A loop (A superseded by B, B superseded by A) is reported on each of its links,
 * so that every file it runs through is named.
 */
function checkLineageLoops(instruments: ValidInstrument[], files: ContentFile[], problems: ContentProblem[]): void {
  const known = new Set(instruments.map((i) => i.id));
  const links: LineageLink[] = [];
  for (const { id, file, data } of instruments) {
    const add = (field: keyof NonNullable<InstrumentData['lineage']>, newer: boolean) =>
      data.lineage?.[field]?.forEach((ref, i) => {
        if (ref !== id && known.has(ref))
          links.push({ older: newer ? id : ref, newer: newer ? ref : id, file, path: ['lineage', field, i] });
      });
    add('supersedes', false);
    add('supersededBy', true);
    add('adaptedBy', true);
    add('updatedBy', true);
  }
  const next = (id: string) => links.filter((l) => l.older === id);
  /** The shortest chain of links from `from` back to `to`, or undefined. */
  const chain = (from: string, to: string): LineageLink[] | undefined => {
    const queue: [string, LineageLink[]][] = [[from, []]];
    const seen = new Set([from]);
    while (queue.length) {
      const [at, path] = queue.shift()!;
      for (const link of next(at)) {
        if (link.newer === to) return [...path, link];
        if (!seen.has(link.newer)) {
          seen.add(link.newer);
          queue.push([link.newer, [...path, link]]);
        }
      }
    }
    return undefined;
  };
  const inLoop = new Set<string>();
  for (const id of [...known].sort()) {
    if (inLoop.has(id)) continue;
    const loop = chain(id, id);
    if (!loop) continue;
    for (const link of loop) inLoop.add(link.older);
    const route = [loop[0]!.older, ...loop.map((l) => l.newer)].join(' → ');
    for (const link of loop) {
      const line = locate(files.find((f) => f.path === link.file)!.text)!.lineOf(link.path);
      problems.push({
        file: link.file,
        line,
        field: formatFieldPath(link.path),
        message:
          `the lineage runs in a loop (${route}, each recorded as coming after the one before) — an instrument cannot ` +
          `come both before and after another: keep only the direction that happened, with "supersedes" in the newer ` +
          `file and "supersededBy" in the older`,
      });
    }
  }
}

/** Where the committed list of every published event id lives (see CONTENT.md, "Event ids"). */
export const PUBLISHED_IDS_FILE = 'content/ids/published.json';

/** Every name an event answers to, instrument by instrument: its id, its aliases, and the ids of removed events. */
export function eventNames(instruments: readonly Pick<ValidInstrument, 'id' | 'data'>[]) {
  return instruments.flatMap(({ id: instrument, data }) => [
    ...data.events.flatMap((event, index) => [
      { name: event.id, instrument, index, path: ['events', index, 'id'] as Path },
      ...(event.aliases ?? []).map((alias, j) => ({
        name: alias,
        instrument,
        index,
        path: ['events', index, 'aliases', j] as Path,
      })),
    ]),
    ...(data.removedEvents ?? []).map((removed, j) => ({
      name: removed.id,
      instrument,
      index: undefined,
      path: ['removedEvents', j, 'id'] as Path,
    })),
  ]);
}

/**
 * An event id names one thing across the whole content: an event, an alias it keeps, or a removed
 * event's note. Every id ever published must still name one, so no link handed out stops resolving.
 */
function checkEventIds(
  instruments: ValidInstrument[],
  files: ContentFile[],
  published: Readonly<Record<string, string>> | undefined,
  problems: ContentProblem[],
): void {
  const first = new Map<string, { file: string; field: string }>();
  const lineOf = (file: string, path: Path) => locate(files.find((f) => f.path === file)!.text)!.lineOf(path);
  for (const { file, name, path } of eventNames(instruments).map((n) => ({
    ...n,
    file: instruments.find((i) => i.id === n.instrument)!.file,
  }))) {
    const earlier = first.get(name);
    if (earlier)
      problems.push({
        file,
        line: lineOf(file, path),
        field: formatFieldPath(path),
        message:
          `the id "${name}" is already taken (${earlier.file}, ${earlier.field}) — an id names one event across all ` +
          `files: write another, e.g. with the party's code at the end`,
      });
    else first.set(name, { file, field: formatFieldPath(path) });
  }
  if (!published || instruments.length < files.filter((f) => isEntryName(f.path)).length) return;
  Object.keys(published).forEach((id, i) => {
    if (!first.has(id))
      problems.push({
        file: PUBLISHED_IDS_FILE,
        line: i + 2,
        field: id,
        message:
          `the published event id "${id}" no longer resolves — links to it would break: give it back to its event, keep ` +
          `it as an alias of the event it became (aliases: [${id}]), or list it under removedEvents with a note saying ` +
          `why it is gone`,
      });
  });
}

/** Checks every content file and reports all problems at once, so an author can fix them in one pass. */
export function validateContent(
  files: ContentFile[],
  asOf: string,
  published?: Readonly<Record<string, string>>,
): ContentReport {
  const problems: ContentProblem[] = [];
  const instruments: ValidInstrument[] = [];
  if (files.length === 0)
    problems.push({
      file: 'content/treaties/',
      line: 1,
      field: '(folder)',
      message: 'there are no instrument files — add one Markdown file per instrument (see CONTENT.md)',
    });
  for (const file of files) {
    const checked = checkFile(file, asOf);
    problems.push(...checked.problems);
    if (checked.instrument) instruments.push(checked.instrument);
  }
  checkReferences(instruments, files, problems);
  checkLineageLoops(instruments, files, problems);
  checkEventIds(instruments, files, published, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const broken = new Set(problems.map((p) => p.file));
  return { instruments: instruments.filter((i) => !broken.has(i.file)), problems };
}

/** One line per problem: `content/treaties/x.md:LINE  field.path  what is wrong — what to write instead`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`).join('\n');
}
