import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, oembedSnippet } from '../../src/lib/embed/embed-snippet.ts';
import { oembedResponse } from '../../src/lib/embed/oembed.ts';

const VIEW = { embedPath: '/embed/treaties/cfe/', pagePath: '/treaties/cfe/', asOf: '2026-11-22' };

/**
 * What WordPress (wp_filter_oembed_result, 4.4 and later) lets through from a provider it does not list:
 * these elements with these attributes, and of them only a blockquote, then an iframe.
 */
const WORDPRESS_ALLOWED: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};
const WORDPRESS_SHAPE = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s;

/** Every tag of `html` with its attribute names. */
const tags = (html: string) =>
  [...html.matchAll(/<(\/?)([a-z]+)([^>]*)>/g)].map((m) => ({
    closing: m[1] === '/',
    name: m[2]!,
    attributes: [...m[3]!.matchAll(/\s([a-z-]+)=/g)].map((a) => a[1]!),
  }));

describe('oembedResponse(siteUrl, view, title)', () => {
  it('oembedResponse is a rich oEmbed 1.0 response whose html is the WordPress-safe code, pinned to the day', () => {
    const response = oembedResponse('https://example.org/base/', VIEW, 'CFE Treaty');
    expect(EMBED_HEIGHT).toBe(520);
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: expect.any(String),
      provider_url: 'https://example.org/base/',
      title: 'CFE Treaty',
      html: oembedSnippet({
        src: 'https://example.org/embed/treaties/cfe/?asof=2026-11-22',
        page: 'https://example.org/treaties/cfe/',
        title: 'CFE Treaty',
        height: 520,
      }),
      width: 800,
      height: 520,
    });
    expect(response.provider_name).not.toBe('');
  });

  it('oembedResponse carries what the view says first, where given', () => {
    const response = oembedResponse('https://example.org/', VIEW, 'CFE Treaty', 'In force for 4.');
    expect(response).toMatchObject({ title: 'CFE Treaty', description: 'In force for 4.' });
  });
});

describe('oembedSnippet(target) against what WordPress lets through', () => {
  const html = oembedResponse('https://example.org/', VIEW, 'CFE "Treaty" <b>').html as string;

  it('oembedSnippet uses only the elements and attributes WordPress keeps, so it loses nothing there', () => {
    for (const tag of tags(html)) {
      expect(Object.keys(WORDPRESS_ALLOWED), tag.name).toContain(tag.name);
      for (const attribute of tag.attributes) expect(WORDPRESS_ALLOWED[tag.name], attribute).toContain(attribute);
    }
    expect(
      tags(html)
        .filter((t) => !t.closing)
        .map((t) => t.name),
    ).toEqual(['blockquote', 'a', 'iframe']);
  });

  it('oembedSnippet is what WordPress keeps whole: a blockquote with a link to the page, then the frame', () => {
    const [whole, quote, frame] = WORDPRESS_SHAPE.exec(html)!;
    expect(quote! + frame!).toBe(whole);
    expect(whole).toBe(html);
    expect(quote).toBe(
      '<blockquote><a href="https://example.org/treaties/cfe/">CFE &quot;Treaty&quot; &lt;b&gt;</a></blockquote>',
    );
    expect(frame).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/treaties\/cfe\/\?asof=2026-11-22" /);
    // WordPress appends #?secret=… to the address it finds in the first src attribute.
    expect(/ src=(['"])(.*?)\1/.exec(html)![2]).toBe('https://example.org/embed/treaties/cfe/?asof=2026-11-22');
  });
});
