import { describe, expect, it } from 'vitest';
import { scriptSnippet, staticSnippet } from '../../src/lib/embed/embed-snippet.ts';

const target = {
  src: 'https://example.org/embed/?instruments=cfe,inf&theme="dark"',
  title: 'CFE & INF <chart>',
  height: 520,
  script: 'https://example.org/embed.js',
};

describe('scriptSnippet(target)', () => {
  it('scriptSnippet is a marked, lazy, full-width frame and the resizing script, every value escaped', () => {
    expect(scriptSnippet(target)).toBe(
      '<iframe src="https://example.org/embed/?instruments=cfe,inf&amp;theme=&quot;dark&quot;" title="CFE &amp; INF &lt;chart&gt;" data-act-embed width="100%" height="520" style="width:100%;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });
});

describe('staticSnippet(target)', () => {
  it('staticSnippet is the frame alone, unmarked, at its fixed height', () => {
    expect(staticSnippet({ ...target, height: 700 })).toBe(
      '<iframe src="https://example.org/embed/?instruments=cfe,inf&amp;theme=&quot;dark&quot;" title="CFE &amp; INF &lt;chart&gt;" width="100%" height="700" style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });
});
