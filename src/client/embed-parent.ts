/**
 * The script publishers add next to our iframes (/embed.js). It ships as the source of this function
 * and of `read` (readHeightMessage), so both stay self-contained. It resizes an iframe marked
 * data-act-embed when, and only when, that iframe's own window (event.source) sends a message that
 * `read` accepts.
 */
export function resizeEmbeds(win: Window, type: string, maxHeight: number, read: (data: unknown, type: string, maxHeight: number) => { height: number } | undefined): void {
  win.addEventListener('message', (event: MessageEvent) => {
    const frame = Array.from(win.document.querySelectorAll<HTMLIFrameElement>('iframe[data-act-embed]')).find((f) => f.contentWindow === event.source);
    const message = frame ? read(event.data, type, maxHeight) : undefined;
    if (!frame || !message) return;
    frame.style.height = `${message.height}px`;
    frame.setAttribute('height', String(message.height));
  });
}
