import { TEXT_LIMITS } from './schema/text-limits.ts';
import { webAddressProblem } from './schema/web-address.ts';

/** One thing wrong in a narrative, on a line counted from the first line of the body (1-based). */
export interface NarrativeProblem {
  /** 1-based line within the body. */
  line: number;
  /** What is wrong — what to write instead. */
  message: string;
}

/**
 * What CommonMark would pass through as raw HTML: an opening or closing tag (a name followed by a space,
 * "/" or ">"), a comment, a processing instruction, a declaration or CDATA. An autolink such as
 * <https://…> is not a tag: its scheme is followed by ":".
 */
const RAW_HTML = /(?<!\\)<(?:\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/;

/** Link and image destinations, autolinks, reference definitions and bare addresses (which GFM turns into links). */
const LINKS: RegExp[] = [
  /!?\[[^\]]*\]\(\s*<([^>]*)>/g,
  /!?\[[^\]]*\]\(\s*((?:[^\s()<]|\([^\s()]*\))(?:[^\s()]|\([^\s()]*\))*)/g,
  /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g,
  /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g,
  // A bare address, as GFM links one (after a space, "(", "*", "_" or "~"): not a destination "](…" or "<…" read above.
  /(?<![<\w/]|\]\()((?:https?|ftp):\/\/[^\s<>)]+)/g,
];

/** Site paths ("/treaties/inf/") and anchors ("#history") are ours; anything else is checked as a source's address is. */
function linkProblem(target: string): string | undefined {
  if (target.startsWith('#') || (target.startsWith('/') && !target.startsWith('//'))) return undefined;
  const shown = target.length > 80 ? `${target.slice(0, 80)}…` : target;
  if (!URL.canParse(target))
    return `the link "${shown}" goes nowhere a reader can follow — write a site path such as /treaties/inf/, or the full https:// address`;
  const problem = webAddressProblem(target);
  return problem && `the link "${shown}" is refused: ${problem}`;
}

/** Code spans are shown as text, never as markup, so what they hold is neither HTML nor a link. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => ' '.repeat(span.length));
}

/**
 * Problems in a treaty's Markdown body: it must be Markdown, not HTML (raw HTML would reach readers as
 * live elements, so each line that holds some is named); every link must be a site path or an https
 * address as a source's would be; and the whole stays within TEXT_LIMITS.body.
 */
export function narrativeProblems(body: string): NarrativeProblem[] {
  const problems: NarrativeProblem[] = [];
  const max = TEXT_LIMITS.body.max;
  if (body.length > max)
    problems.push({
      line: 1,
      message:
        `the narrative is ${body.length.toLocaleString('en')} characters long, more than the ` +
        `${max.toLocaleString('en')} allowed — keep it to the 150–400 words CONTENT.md asks for`,
    });
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      return;
    }
    if (opener) return void (fence = opener);
    const text = withoutCodeSpans(raw);
    const html = RAW_HTML.exec(text);
    if (html) {
      const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*|^<!--|^<\?|^<!/.exec(text.slice(html.index))![0];
      problems.push({
        line,
        message:
          `${tag}${tag.startsWith('<') && /[a-z]$/i.test(tag) ? '>' : ''} is HTML, and the narrative is Markdown only — ` +
          `write the same in Markdown (**bold**, *italic*, [text](https://…)), or put a literal "<" in \`code\``,
      });
    }
    const seen = new Set<string>();
    for (const pattern of LINKS) {
      for (const match of text.matchAll(pattern)) {
        const target = match[1]!;
        if (seen.has(target)) continue;
        seen.add(target);
        const message = linkProblem(target);
        if (message) problems.push({ line, message });
      }
    }
  });
  return problems;
}
