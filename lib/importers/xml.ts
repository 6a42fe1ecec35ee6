/**
 * A small XML reader for configuration files (ActiveMQ Artemis `broker.xml`): elements with their
 * attributes, text and line numbers, namespace prefixes dropped. It reads XML 1.0 as such files use it:
 * a declaration, comments, processing instructions, CDATA, the five predefined entities and character
 * references. A DOCTYPE is refused (entity definitions are how XML bombs work), as are unknown entities,
 * mismatched tags and anything after the root. Bounded in nesting depth; never throws: a problem comes
 * back with its line and column.
 */

export interface XmlElement {
  /** The local name: `core` for `<urn:core>` or `<core xmlns="…">`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities resolved, trimmed. */
  text: string;
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; message: string; line: number; column: number };

const MAX_DEPTH = 64;
const NAME = /^[A-Za-z_:][-A-Za-z0-9._:\u00b7\u00c0-\uffff]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]{0,12});/g, (whole, entity: string) => {
    if (Object.hasOwn(ENTITIES, entity)) return ENTITIES[entity];
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(entity) ? parseInt(entity.slice(2), 16) : /^#[0-9]{1,7}$/.test(entity) ? parseInt(entity.slice(1), 10) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) throw new XmlError(`Unknown entity ${whole}`, at);
    return String.fromCodePoint(code);
  });
}

/** Reads the attributes of a start tag body (`name="v" other='w'`). */
function attributesOf(body: string, at: number): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const pattern = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let offset = 0;
  while (body.slice(offset).trim() !== '') {
    pattern.lastIndex = offset;
    const match = pattern.exec(body);
    if (!match) throw new XmlError(`Malformed attribute near "${body.slice(offset).trim().slice(0, 40)}"`, at);
    const name = localName(match[1]);
    const value = decode(match[3] ?? match[4] ?? '', at);
    if (match[1] !== 'xmlns' && !match[1].startsWith('xmlns:')) {
      if (Object.hasOwn(attributes, name)) throw new XmlError(`Attribute "${name}" appears twice`, at);
      attributes[name] = value;
    }
    offset = pattern.lastIndex;
  }
  return attributes;
}

function lineAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Skips what may stand outside the root: the declaration, comments, processing instructions, white space. */
function skipMisc(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) throw new XmlError('Unclosed processing instruction', i);
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError('Unclosed comment', i);
      i = end + 3;
    } else if (text.startsWith('<!DOCTYPE', i) || text.startsWith('<!doctype', i)) {
      throw new XmlError('A DOCTYPE is not accepted in a configuration file', i);
    } else return i;
  }
}

/** The `>` that ends the tag opened at `start`: a `>` inside a quoted attribute value (a filter `a > 1`) does not. */
function tagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1;
  }
  return -1;
}

function parseElement(text: string, start: number, depth: number, lines: (i: number) => number): { element: XmlElement; end: number } {
  if (depth > MAX_DEPTH) throw new XmlError(`Elements nest deeper than ${MAX_DEPTH}`, start);
  const close = tagEnd(text, start);
  if (text[start] !== '<' || close < 0) throw new XmlError('Expected a complete element tag', start);
  const tag = text.slice(start + 1, close);
  const name = NAME.exec(tag)?.[0];
  if (!name) throw new XmlError('Expected an element name after "<"', start);
  const selfClosing = tag.endsWith('/');
  const body = tag.slice(name.length, selfClosing ? -1 : undefined);
  if (body !== '' && !/^\s/.test(body)) throw new XmlError(`Malformed tag <${tag.slice(0, 40)}>`, start);
  const element: XmlElement = { name: localName(name), attributes: attributesOf(body, start), children: [], text: '', line: lines(start) };
  if (selfClosing) return { element, end: close + 1 };
  let i = close + 1;
  let textParts = '';
  for (;;) {
    const next = text.indexOf('<', i);
    if (next < 0) throw new XmlError(`<${name}> is never closed`, start);
    textParts += decode(text.slice(i, next), i);
    if (text.startsWith('</', next)) {
      const end = text.indexOf('>', next);
      const closing = end < 0 ? '' : text.slice(next + 2, end).trim();
      if (closing !== name) throw new XmlError(`</${closing.slice(0, 40)}> closes <${name}>`, next);
      element.text = textParts.trim();
      return { element, end: end + 1 };
    }
    if (text.startsWith('<!--', next)) {
      const end = text.indexOf('-->', next + 4);
      if (end < 0) throw new XmlError('Unclosed comment', next);
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', next)) {
      const end = text.indexOf(']]>', next + 9);
      if (end < 0) throw new XmlError('Unclosed CDATA section', next);
      textParts += text.slice(next + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', next)) {
      const end = text.indexOf('?>', next + 2);
      if (end < 0) throw new XmlError('Unclosed processing instruction', next);
      i = end + 2;
    } else if (text.startsWith('<!', next)) {
      throw new XmlError('A DOCTYPE or declaration inside an element is not accepted', next);
    } else {
      const child = parseElement(text, next, depth + 1, lines);
      element.children.push(child.element);
      i = child.end;
    }
  }
}

/** Parses `text` as one XML document. */
export function parseXml(text: string): XmlResult {
  // Line numbers from one pass over the text, looked up by position.
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lines = (index: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  try {
    const body = text.startsWith('\ufeff') ? 1 : 0;
    const start = skipMisc(text, body);
    if (start >= text.length) throw new XmlError('The document has no root element', start);
    const { element, end } = parseElement(text, start, 0, lines);
    const after = skipMisc(text, end);
    if (after < text.length) throw new XmlError('Content after the root element', after);
    return { ok: true, root: element };
  } catch (error) {
    if (!(error instanceof XmlError)) {
      return { ok: false, message: error instanceof RangeError ? 'The document is too deeply nested or too large to read' : String(error), line: 1, column: 1 };
    }
    const { line, column } = lineAt(text, Math.min(error.at, text.length));
    return { ok: false, message: error.message, line, column };
  }
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child of `element` named `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
