/**
 * Builds SVG or HTML as text from code-defined element and attribute names, escaping every value, so
 * that no content string can become markup. Everything the site renders outside Astro templates goes
 * through here.
 */

/** A rendered fragment; only `element` and `text` make one, so its contents are always escaped. */
export interface Markup {
  /** The escaped markup. */
  readonly html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a string for use as text or as a quoted attribute value. */
export function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type AttributeValue = string | number | boolean | undefined;
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
/** Names already found to be names: a drawing asks for the same few thousands of times. */
const NAMES = new Set<string>();
/** Whether `name` is an element's or attribute's name. */
const isName = (name: string) => NAMES.has(name) || (NAME.test(name) && !!NAMES.add(name));

/** An element with escaped attributes (false/undefined are left out) and children. */
export function element(
  name: string,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Markup | string | number | undefined | false)[]
): Markup {
  if (!isName(name)) throw new Error(`Not an element name: ${name}`);
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (!isName(key)) throw new Error(`Not an attribute name: ${key}`);
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${key}` : ` ${key}="${escape(String(value))}"`;
  }
  const inner = children
    .map((child) =>
      child === undefined || child === false ? '' : typeof child === 'object' ? child.html : escape(String(child)),
    )
    .join('');
  return { html: `${out}>${inner}</${name}>` };
}

/** Several fragments as one. */
export function fragment(children: readonly Markup[]): Markup {
  return { html: children.map((c) => c.html).join('') };
}

/** JSON safe to place inside <script type="application/json">: no "<" can close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
