import { describe, expect, it } from 'vitest';
import { narrativeProblems } from '../../src/lib/content/narrative-check.ts';
import { TEXT_LIMITS } from '../../src/lib/content/schema/text-limits.ts';

const lines = (body: string) => narrativeProblems(body).map((p) => p.line);

describe('narrativeProblems(body)', () => {
  it('narrativeProblems(Markdown with site paths, https links and autolinks) finds nothing', () => {
    const body = [
      'See [New START](/treaties/new-start/), [below](#history) and [the text](https://example.org/a_(b)).',
      '',
      'An autolink <https://example.org/x>, a bare https://example.org/y, **bold**, and 3 < 4 > 2.',
      '',
      '[ref]: https://example.org/ref',
    ].join('\n');
    expect(narrativeProblems(body)).toEqual([]);
  });

  it('narrativeProblems names the line of every raw HTML tag, comment or declaration', () => {
    const body = [
      'fine',
      '<script>alert(1)</script>',
      'fine',
      'text <iframe src="https://x.example"></iframe>',
      '<!-- hidden -->',
      '</div>',
      '<form\naction=x>',
    ].join('\n');
    expect(lines(body)).toEqual([2, 4, 5, 6, 7]);
    expect(narrativeProblems('<meta http-equiv="refresh" content="0;url=https://evil.example/">')[0]!.message).toMatch(
      /^<meta> is HTML, and the narrative is Markdown only — write the same in Markdown/,
    );
  });

  it('narrativeProblems leaves HTML alone in code spans, fenced code and after a backslash', () => {
    const body = [
      'Write `<b>` or ``<i>``, or \\<b> as text.',
      '```html',
      '<script>x</script>',
      '```',
      '~~~',
      '<b>',
      '~~~',
    ].join('\n');
    expect(narrativeProblems(body)).toEqual([]);
  });

  it('narrativeProblems refuses links that are not https or carry credentials, in every Markdown form', () => {
    const body = [
      '[a](javascript:alert(1))',
      '![b](http://example.org/img.png)',
      '<mailto:someone@example.org>',
      '[c]: data:text/html,hi',
      'bare http://example.org/old',
      '[d](https://u:p@example.org/)',
      '[e](<vbscript:x>)',
      '[f](../relative)',
    ].join('\n');
    expect(lines(body)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('narrativeProblems refuses a body longer than TEXT_LIMITS.body', () => {
    const problems = narrativeProblems('a'.repeat(TEXT_LIMITS.body.max + 1));
    expect(problems.map((p) => p.line)).toEqual([1]);
    expect(problems[0]!.message).toMatch(/more than the 20,000 allowed/);
    expect(narrativeProblems('a'.repeat(TEXT_LIMITS.body.max))).toEqual([]);
  });

  it('narrativeProblems says which link is wrong and what to write, cutting a long address at 80 characters', () => {
    expect(narrativeProblems('[f](../relative)')).toEqual([
      {
        line: 1,
        message:
          'the link "../relative" goes nowhere a reader can follow — write a site path such as /treaties/inf/, or the full https:// address',
      },
    ]);
    const long = `http://example.org/${'a'.repeat(100)}`;
    const [problem] = narrativeProblems(`[x](${long})`);
    expect(problem!.message.startsWith(`the link "${long.slice(0, 80)}…" is refused: `)).toBe(true);
    const exact = `http://example.org/${'a'.repeat(61)}`;
    expect(exact).toHaveLength(80);
    expect(narrativeProblems(`[x](${exact})`)[0]!.message.startsWith(`the link "${exact}" is refused: `)).toBe(true);
    // A protocol-relative address is not a site path.
    expect(lines('[y](//evil.example/x)')).toEqual([1]);
  });

  it('narrativeProblems names each link once per line, in every form a link takes', () => {
    const body = [
      '[a](http://x.example/) and [b](http://x.example/)',
      '[c](<http://y.example/a b>) and [d]( http://z.example/ )',
      '   [ref]: <http://r.example/>',
      'see http://w.example/bare and (http://v.example/paren)',
      '[e](https://ok.example/a_(b)_c) [f](http://q.example/a_(b))',
    ].join('\n');
    expect(narrativeProblems(body).map((p) => [p.line, /"([^"]+)"/.exec(p.message)![1]])).toEqual([
      [1, 'http://x.example/'],
      [2, 'http://y.example/a b'],
      [2, 'http://z.example/'],
      [3, 'http://r.example/'],
      [4, 'http://w.example/bare'],
      [4, 'http://v.example/paren'],
      [5, 'http://q.example/a_(b)'],
    ]);
  });

  it('narrativeProblems names a tag as it is written: a closing tag, a comment, a declaration', () => {
    const tags = (line: string) => narrativeProblems(line).map((p) => p.message.split(' is HTML')[0]);
    expect(tags('a </div> b')).toEqual(['</div>']);
    expect(tags('a <!-- x --> b')).toEqual(['<!--']);
    expect(tags('<!DOCTYPE html>')).toEqual(['<!']);
    expect(tags('<?php x ?>')).toEqual(['<?']);
    expect(tags('<br/>')).toEqual(['<br>']);
    expect(tags('<x-widget>')).toEqual(['<x-widget>']);
    // Not tags: a comparison, an autolink.
    expect(narrativeProblems('3 <4 and <https://example.org/>')).toEqual([]);
  });

  it('narrativeProblems reads fenced code to its own closing fence only', () => {
    const body = ['````', '```', '<b>', '````', '<i>', '~~~', '```', '<u>', '~~~~', '<s>'].join('\n');
    // Line 5 is after the four-backtick fence closes; line 10 after the tildes close (a shorter or other fence does not).
    expect(lines(body)).toEqual([5, 10]);
  });
});
