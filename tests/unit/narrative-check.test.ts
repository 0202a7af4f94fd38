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
});
