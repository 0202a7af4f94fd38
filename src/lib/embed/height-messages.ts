/**
 * The messages an embed sends its parent page to say how tall it is: our own, and the formats that
 * publishing sites already listen for (Datawrapper, pym.js, AMP, and WordPress's wp-embed.js where the
 * frame came from our oEmbed), so the frame fits wherever it lands.
 */

/** Our own message type. */
export const HEIGHT_MESSAGE_TYPE = 'arms-control-timeline:height';

/** Our own message. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The frame's id, as the parent gave it in the address (`?frame=`), or the embed's path. */
  id: string;
  /** Content height in CSS pixels. */
  height: number;
}

/**
 * Every message to post for one height: ours, Datawrapper's, pym.js's and AMP's; and WordPress's when the
 * frame carries the secret WordPress gave it (wordpressSecret).
 */
export function heightMessages(id: string, height: number, secret?: string): unknown[] {
  const px = Math.ceil(height);
  return [
    { type: HEIGHT_MESSAGE_TYPE, id, height: px } satisfies HeightMessage,
    { 'datawrapper-height': { [id]: px } },
    `pymxPYMx${id}xPYMxheightxPYMx${px}`,
    { sentinel: 'amp', type: 'embed-size', height: px },
    ...(secret === undefined ? [] : [{ secret, message: 'height', value: px }]),
  ];
}

/**
 * The secret WordPress gave a frame it made from our oEmbed HTML: it appends `#?secret=` and up to a few
 * dozen letters and digits to the frame's address, and wp-embed.js heeds only messages that carry it.
 */
export function wordpressSecret(hash: string): string | undefined {
  return /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash)?.[1];
}

/** Largest height a parent applies, px, so a broken or hostile frame cannot grow a page without bound. */
export const MAX_EMBED_HEIGHT = 10_000;

/** Smallest height a parent applies, px, so a frame cannot shrink itself out of sight. */
export const MIN_EMBED_HEIGHT = 100;

/**
 * Reads our own height message, with the height clamped to [minHeight, maxHeight]; anything else
 * (another shape, a height that is not a positive whole number) is undefined. Kept free of outside
 * references so that /embed.js can ship its source as is (it passes every argument).
 */
export function readHeightMessage(
  data: unknown,
  type: string = HEIGHT_MESSAGE_TYPE,
  maxHeight: number = MAX_EMBED_HEIGHT,
  minHeight: number = MIN_EMBED_HEIGHT,
): { id: string; height: number } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (Object.keys(message).sort().join(',') !== 'height,id,type' || message.type !== type) return undefined;
  const { id, height } = message;
  if (typeof id !== 'string' || id.length > 200) return undefined;
  if (typeof height !== 'number' || !Number.isSafeInteger(height) || height < 1) return undefined;
  return { id, height: Math.min(maxHeight, Math.max(minHeight, height)) };
}
