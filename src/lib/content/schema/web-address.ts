import { TEXT_LIMITS } from './text-limits.ts';

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a web address a reader may open (a source, or a link in a body), or undefined when
 * nothing is: it must be https, carry no user name or password, and stay within TEXT_LIMITS.url.
 */
export function webAddressProblem(text: string): string | undefined {
  const max = TEXT_LIMITS.url.max;
  if (text.length > max)
    return (
      `the address is ${text.length.toLocaleString('en')} characters long, more than the ${max.toLocaleString('en')} ` +
      `allowed — cite a shorter address for the same page`
    );
  const url = parse(text);
  if (!url) return `"${text}" is not a web address — write the full https:// address of the page you cited`;
  if (url.protocol !== 'https:')
    return `${url.protocol} addresses are not accepted — cite the https:// address of the page (most publishers serve one)`;
  if (url.username || url.password)
    return `"${url.host}" is preceded by a user name or password — remove everything between "https://" and "@", and cite the page as any reader can open it`;
  return undefined;
}
