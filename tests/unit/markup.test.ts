import { describe, expect, it } from 'vitest';
import { element, escape, fragment, jsonForScript } from '../../src/lib/site/markup.ts';

describe('escape(value)', () => {
  it("escape('<a href=\"x\">Tom & Jerry\\'s</a>') escapes all five special characters", () => {
    expect(escape('<a href="x">Tom & Jerry\'s</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it("escape('plain text') leaves text without special characters alone", () => {
    expect(escape('plain text')).toBe('plain text');
  });
});

describe('element(name, attributes, ...children)', () => {
  it("element('p') is an empty element without attributes", () => {
    expect(element('p')).toEqual({ html: '<p></p>' });
  });

  it('element writes attributes in order, true as a bare name, and leaves out false and undefined', () => {
    expect(
      element('input', { type: 'checkbox', checked: true, disabled: false, title: undefined, tabindex: 0 }),
    ).toEqual({
      html: '<input type="checkbox" checked tabindex="0"></input>',
    });
  });

  it('element escapes attribute values and string children, and keeps Markup children as they are', () => {
    expect(element('a', { href: '/?a=1&b="2"' }, '<b>', element('em', {}, 'x'), 3)).toEqual({
      html: '<a href="/?a=1&amp;b=&quot;2&quot;">&lt;b&gt;<em>x</em>3</a>',
    });
  });

  it('element leaves out undefined and false children', () => {
    expect(element('ul', {}, undefined, false, element('li', {}, 'one'))).toEqual({ html: '<ul><li>one</li></ul>' });
  });

  it("element('svg:rect', { 'aria-label': … }) accepts names with digits, ':' and '-' after a letter", () => {
    expect(element('svg:rect', { 'aria-label': 'A', x2: 1 })).toEqual({
      html: '<svg:rect aria-label="A" x2="1"></svg:rect>',
    });
  });

  it('element refuses element names that are not names', () => {
    expect(() => element('p onclick=x')).toThrow('Not an element name: p onclick=x');
    expect(() => element('1p')).toThrow(/Not an element name/);
    expect(() => element('p>')).toThrow(/Not an element name/);
    expect(() => element('')).toThrow(/Not an element name/);
  });

  it('element refuses attribute names that are not names', () => {
    expect(() => element('p', { 'onclick="x"': 'y' })).toThrow('Not an attribute name: onclick="x"');
    expect(() => element('p', { 'a b': 'y' })).toThrow(/Not an attribute name/);
    expect(() => element('p', { '-a': 'y' })).toThrow(/Not an attribute name/);
  });

  it('element refuses a bad attribute name even when its value is left out', () => {
    expect(() => element('p', { 'x y': undefined })).toThrow(/Not an attribute name/);
  });
});

describe('fragment(children)', () => {
  it('fragment joins the markup of its children, and is empty for none', () => {
    expect(fragment([element('i', {}, 'a'), element('b', {}, 'c')])).toEqual({ html: '<i>a</i><b>c</b>' });
    expect(fragment([])).toEqual({ html: '' });
  });
});

describe('jsonForScript(value)', () => {
  it("jsonForScript({ a: '</script><!--' }) escapes every '<'", () => {
    expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
  });

  it('jsonForScript escapes the line and paragraph separators, and parses back to the value', () => {
    const value = { a: 'x\u2028y\u2029z<' };
    const json = jsonForScript(value);
    expect(json).toBe('{"a":"x\\u2028y\\u2029z\\u003c"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
