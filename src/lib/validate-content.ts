import yaml from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
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

type Path = readonly PropertyKey[];

/** events[3].sources[0].url */
export function formatFieldPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(file)';
}

/** Zod's generic messages, rewritten to say what to write instead. Field-specific messages pass through. */
function explain(issue: z.core.$ZodIssue): { path: Path; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: `"${key}" is not a field here — remove it, or check its spelling against CONTENT.md`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    const what = issue.path.length ? 'this entry' : 'the frontmatter';
    return [{ path: issue.path, message: `${what} must be a set of "field: value" lines — see CONTENT.md for the fields it takes` }];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ path: issue.path, message: issue.message.includes(' — ') ? issue.message : `${formatFieldPath(issue.path)} is missing — add it (see CONTENT.md)` }];
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
        const node = doc.getIn(path.slice(0, length) as PropertyKey[], true);
        if (isNode(node) && node.range) return opening - 1 + lineCounter.linePos(node.range[0]).line;
      }
      return opening;
    },
  };
}

/** Checks one file on its own: frontmatter, YAML, schema and lifecycle. */
function checkFile(file: ContentFile, asOf: string): { problems: ContentProblem[]; instrument?: ValidInstrument } {
  const id = file.path.split('/').at(-1)!.replace(/\.md$/, '');
  const problems: ContentProblem[] = [];
  const report = (line: number, field: string, message: string) => problems.push({ file: file.path, line, field, message });
  if (!ID.test(id)) report(1, '(file name)', `"${id}.md" cannot be an id — name the file in lowercase words joined by hyphens, e.g. new-start.md`);

  const frontmatter = locate(file.text);
  if (!frontmatter) {
    report(1, '(file)', 'the file has no frontmatter — start it with a line "---", the fields, and another line "---" (see CONTENT.md)');
    return { problems };
  }
  let value: unknown;
  try {
    value = yaml.load(frontmatter.yaml);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    report(frontmatter.opening + (mark?.line ?? 0), '(yaml)', `the frontmatter is not valid YAML (${reason}) — check indentation and quote text that contains ": " or starts with a symbol`);
    return { problems };
  }
  const result = instrumentSchema({ asOf }).safeParse(value ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path, message } of explain(issue)) report(frontmatter.lineOf(path), formatFieldPath(path), message);
    }
    return { problems };
  }
  const body = file.text.slice(frontmatter.bodyStart).replace(/^\n/, '');
  return { problems, instrument: problems.length ? undefined : { id, file: file.path, data: result.data, body } };
}

/** Every reference from one instrument to another must name a file that exists, and not itself. */
function checkReferences(instruments: ValidInstrument[], files: ContentFile[], problems: ContentProblem[]): void {
  const ids = new Set(files.map((f) => f.path.split('/').at(-1)!.replace(/\.md$/, '')));
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
        if (ref === id) problems.push({ file, line, field: formatFieldPath(at), message: `an instrument cannot refer to itself — remove "${ref}"` });
        else if (!ids.has(ref)) problems.push({ file, line, field: formatFieldPath(at), message: `there is no content/treaties/${ref}.md — write the id of an existing file (${[...ids].sort().join(', ')}), or add that instrument first` });
      });
    }
  }
}

/** Checks every content file and reports all problems at once, so an author can fix them in one pass. */
export function validateContent(files: ContentFile[], asOf: string): ContentReport {
  const problems: ContentProblem[] = [];
  const instruments: ValidInstrument[] = [];
  if (files.length === 0) problems.push({ file: 'content/treaties/', line: 1, field: '(folder)', message: 'there are no instrument files — add one Markdown file per instrument (see CONTENT.md)' });
  for (const file of files) {
    const checked = checkFile(file, asOf);
    problems.push(...checked.problems);
    if (checked.instrument) instruments.push(checked.instrument);
  }
  checkReferences(instruments, files, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const broken = new Set(problems.map((p) => p.file));
  return { instruments: instruments.filter((i) => !broken.has(i.file)), problems };
}

/** One line per problem: `content/treaties/x.md:LINE  field.path  what is wrong — what to write instead`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}  ${p.field}  ${p.message}`).join('\n');
}
