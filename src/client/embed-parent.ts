/**
 * The script publishers add next to our iframes (/embed.js). It ships as the source of this function
 * and of `read` (readHeightMessage), so both stay self-contained. It acts only on the frames it manages
 * — iframes marked data-act-embed — and on a message only when it comes from that very frame's window
 * (event.source), from the origin of the frame's own address (so a marked frame that was navigated
 * elsewhere is ignored), and in our own format; the height is clamped by `read`. A message can therefore
 * only ever resize the frame that sent it.
 */
export function resizeEmbeds(
  win: Window,
  type: string,
  minHeight: number,
  maxHeight: number,
  read: (data: unknown, type: string, maxHeight: number, minHeight: number) => { height: number } | undefined,
): void {
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source === null || event.source === win) return;
    const frame = Array.from(win.document.querySelectorAll<HTMLIFrameElement>('iframe[data-act-embed]')).find(
      (f) => f.contentWindow === event.source,
    );
    if (!frame) return;
    let origin: string;
    try {
      origin = new URL(frame.src, win.location.href).origin;
    } catch {
      return;
    }
    if (event.origin !== origin) return;
    const message = read(event.data, type, maxHeight, minHeight);
    if (!message) return;
    frame.style.height = `${message.height}px`;
    frame.setAttribute('height', String(message.height));
  });
}
