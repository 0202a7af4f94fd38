/**
 * The "Embed" button: a dialog with the embed code for exactly the current view, a live preview that
 * resizes as a publisher's page would, and copy buttons.
 */
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT, readHeightMessage } from '../lib/embed/height-messages.ts';
import { EMBED_HEIGHT } from '../lib/embed/oembed.ts';
import { scriptSnippet, staticSnippet } from '../lib/embed/embed-snippet.ts';

/** Wires the embed dialog in `root`; `query` gives the current view's query string ("?…" or ""). */
export function mountEmbedDialog(root: HTMLElement, query: () => string): void {
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]')!;
  const open = root.querySelector<HTMLButtonElement>('[data-embed-open]')!;
  const preview = root.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const copied = root.querySelector<HTMLElement>('[data-embed-copied]')!;
  const path = root.dataset.embedPath!;
  const title = root.dataset.embedTitle!;

  open.addEventListener('click', () => {
    const target = { src: new URL(`${path}${query()}`, location.origin).href, title, height: EMBED_HEIGHT, script: new URL('/embed.js', location.origin).href };
    root.querySelector<HTMLTextAreaElement>('[data-embed-code]')!.value = scriptSnippet(target);
    root.querySelector<HTMLTextAreaElement>('[data-embed-static]')!.value = staticSnippet(target);
    copied.textContent = '';
    if (preview.src !== target.src) preview.src = target.src;
    dialog.showModal();
  });
  window.addEventListener('message', (event) => {
    const message = event.source === preview.contentWindow ? readHeightMessage(event.data, HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT) : undefined;
    if (message) preview.height = String(message.height);
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
    button.addEventListener('click', async () => {
      const area = root.querySelector<HTMLTextAreaElement>(`#${button.dataset.embedCopy}`)!;
      try {
        await navigator.clipboard.writeText(area.value);
        copied.textContent = 'Copied.';
      } catch {
        area.select();
        copied.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
      }
    });
  }
}
