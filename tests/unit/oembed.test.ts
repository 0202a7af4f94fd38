import { describe, expect, it } from 'vitest';
import { scriptSnippet } from '../../src/lib/embed/embed-snippet.ts';
import { oembedResponse } from '../../src/lib/embed/oembed.ts';
import { EMBED_HEIGHT } from '../../src/lib/embed/embed-snippet.ts';

describe('oembedResponse(siteUrl, embedPath, title)', () => {
  it('oembedResponse is a rich oEmbed 1.0 response whose html is the embed code with absolute addresses', () => {
    const response = oembedResponse('https://example.org/base/', '/embed/treaties/cfe/', 'CFE Treaty');
    expect(EMBED_HEIGHT).toBe(520);
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: expect.any(String),
      provider_url: 'https://example.org/base/',
      title: 'CFE Treaty',
      html: scriptSnippet({
        src: 'https://example.org/embed/treaties/cfe/',
        title: 'CFE Treaty',
        height: 520,
        script: 'https://example.org/embed.js',
      }),
      width: 800,
      height: 520,
    });
    expect(response.provider_name).not.toBe('');
  });

  it('oembedResponse carries what the view says first, where given', () => {
    const response = oembedResponse('https://example.org/', '/embed/treaties/cfe/', 'CFE Treaty', 'In force for 4.');
    expect(response).toMatchObject({ title: 'CFE Treaty', description: 'In force for 4.' });
  });
});
