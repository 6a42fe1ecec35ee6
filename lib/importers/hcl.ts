/**
 * A reader for the HCL native syntax that Terraform configurations use for
 * resources: blocks with labels, attributes, and the literal expressions
 * (strings with escapes, numbers, booleans, null, tuples, objects,
 * heredocs), with references, calls and template interpolations kept as
 * text (`${google_pubsub_topic.orders.id}`, `${list(string)}`). It answers in the shape HashiCorp's
 * hcl2json gives (each block type maps its labels to a list of bodies), so the
 * tests can hold it against that parser; it is synchronous and small, so
 * importers run in the studio without a WebAssembly module. Operators,
 * conditionals and `for` expressions are refused with the line and column.
 * Bounded: at most MAX_DEPTH nested blocks or values.
 */

export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue };
export type HclBody = Record<string, unknown>;

export class HclError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    throw new HclError(message, line, at - before.lastIndexOf('\n'));
  }

  /** Skips spaces and comments; with `newlines`, line breaks too. */
  skip(newlines: boolean): void {
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 2);
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n')) this.pos++;
      else if (ch === '#' || rest === '//') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      else if (rest === '/*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('unterminated comment');
        this.pos = end + 2;
      } else return;
    }
  }

  match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch) this.fail(`expected "${ch}"`);
    this.pos++;
  }
}

/** A quoted string: escapes decoded, interpolations and escaped template sequences (`$${`, `%%{`) kept as written. */
function quoted(r: Reader): string {
  r.expect('"');
  let out = '';
  for (;;) {
    const ch = r.text[r.pos];
    if (ch === undefined || ch === '\n') r.fail('unterminated string');
    r.pos++;
    if (ch === '"') return out;
    if (ch === '\\') out += escape(r);
    else if ((ch === '$' || ch === '%') && r.text[r.pos] === ch && r.text[r.pos + 1] === '{') {
      // An escaped template sequence stays escaped, as hcl2json prints it: `literal()` reads it as text.
      out += `${ch}${ch}{`;
      r.pos += 2;
    } else if ((ch === '$' || ch === '%') && r.text[r.pos] === '{') out += interpolation(r, ch);
    else out += ch;
  }
}

function escape(r: Reader): string {
  const ch = r.text[r.pos++];
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
  if (ch in simple) return simple[ch];
  if (ch === 'u' || ch === 'U') {
    const digits = r.text.slice(r.pos, r.pos + (ch === 'u' ? 4 : 8));
    if (!/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== (ch === 'u' ? 4 : 8)) r.fail('bad unicode escape');
    r.pos += digits.length;
    return String.fromCodePoint(parseInt(digits, 16));
  }
  return r.fail(`unknown escape "\\${ch}"`, r.pos - 2);
}

/** `${…}` or `%{…}` inside a string, kept as written (a reference the importer resolves, or a template it reports). */
function interpolation(r: Reader, sigil: string): string {
  const start = r.pos - 1;
  let depth = 0;
  for (; r.pos < r.text.length; r.pos++) {
    if (r.text[r.pos] === '{') depth++;
    else if (r.text[r.pos] === '}' && --depth === 0) {
      r.pos++;
      return `${sigil}${r.text.slice(start + 1, r.pos)}`;
    }
  }
  return r.fail('unterminated interpolation', start);
}

function heredoc(r: Reader): string {
  const m = r.match(/<<(-?)([A-Za-z_][A-Za-z0-9_]*)\r?\n/y);
  if (!m) r.fail('expected a heredoc');
  const [, indent, marker] = /<<(-?)([A-Za-z_][A-Za-z0-9_]*)/.exec(m)!;
  const lines: string[] = [];
  for (;;) {
    const end = r.text.indexOf('\n', r.pos);
    const line = r.text.slice(r.pos, end < 0 ? undefined : end).replace(/\r$/, '');
    if (end < 0 && line.trim() !== marker) r.fail(`heredoc without its closing ${marker}`);
    r.pos = end < 0 ? r.text.length : end + 1;
    if (line.trim() === marker) {
      if (end >= 0) r.pos = end;
      break;
    }
    lines.push(line);
  }
  if (!indent) return lines.map((l) => `${l}\n`).join('');
  const margin = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => `${l.slice(Number.isFinite(margin) ? margin : 0)}\n`).join('');
}

/** A reference such as `var.project` or `google_pubsub_topic.orders.id`, as hcl2json writes it. */
function traversal(r: Reader, first: string): string {
  let path = first;
  while (r.text[r.pos] === '.' || r.text[r.pos] === '[') {
    if (r.text[r.pos] === '.') {
      r.pos++;
      path += `.${r.match(IDENT) ?? r.match(/\d+/y) ?? r.fail('expected a name after "."')}`;
    } else {
      const end = r.text.indexOf(']', r.pos);
      if (end < 0) r.fail('unterminated index');
      path += r.text.slice(r.pos, end + 1);
      r.pos = end + 1;
    }
  }
  if (r.text[r.pos] === '(') return `\${${path}${call(r)}}`;
  return `\${${path}}`;
}

/** A function call or type constraint (`list(string)`), kept as written, as hcl2json keeps it. */
function call(r: Reader): string {
  const start = r.pos;
  let depth = 0;
  for (; r.pos < r.text.length; r.pos++) {
    const ch = r.text[r.pos];
    if (ch === '"') {
      quoted(r);
      r.pos--;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) {
      r.pos++;
      return r.text.slice(start, r.pos);
    }
  }
  return r.fail('unterminated call', start);
}

function value(r: Reader, depth: number): HclValue {
  if (depth > MAX_DEPTH) r.fail('nested too deeply');
  r.skip(false);
  const ch = r.text[r.pos];
  if (ch === '"') return quoted(r);
  if (ch === '<' && r.text.startsWith('<<', r.pos)) return heredoc(r);
  if (ch === '[') return tuple(r, depth);
  if (ch === '{') return object(r, depth);
  const number = r.match(NUMBER);
  if (number !== undefined) return Number(number);
  const ident = r.match(IDENT);
  if (ident === 'true' || ident === 'false') return ident === 'true';
  if (ident === 'null') return null;
  if (ident !== undefined) return traversal(r, ident);
  return r.fail('expected a value');
}

function tuple(r: Reader, depth: number): HclValue[] {
  r.expect('[');
  const items: HclValue[] = [];
  for (;;) {
    r.skip(true);
    if (r.text[r.pos] === ']') {
      r.pos++;
      return items;
    }
    items.push(value(r, depth + 1));
    r.skip(true);
    if (r.text[r.pos] === ',') r.pos++;
    else if (r.text[r.pos] !== ']') r.fail('expected "," or "]"');
  }
}

function object(r: Reader, depth: number): { [key: string]: HclValue } {
  r.expect('{');
  const out: { [key: string]: HclValue } = {};
  for (;;) {
    r.skip(true);
    if (r.text[r.pos] === '}') {
      r.pos++;
      return out;
    }
    const key = r.text[r.pos] === '"' ? quoted(r) : (r.match(IDENT) ?? r.fail('expected an object key'));
    r.skip(false);
    if (r.text[r.pos] !== '=' && r.text[r.pos] !== ':') r.fail('expected "=" after an object key');
    r.pos++;
    out[key] = value(r, depth + 1);
    r.skip(false);
    if (r.text[r.pos] === ',') r.pos++;
  }
}

function addBlock(into: HclBody, type: string, labels: string[], body: HclBody): void {
  let level = into as Record<string, unknown>;
  const keys = [type, ...labels];
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(level, key)) level[key] = {};
    level = level[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  const list = (Object.hasOwn(level, last) ? level[last] : (level[last] = [])) as HclBody[];
  list.push(body);
}

function body(r: Reader, depth: number, closing: string | undefined): HclBody {
  if (depth > MAX_DEPTH) r.fail('nested too deeply');
  const out: HclBody = {};
  for (;;) {
    r.skip(true);
    if (r.pos >= r.text.length) {
      if (closing) r.fail(`expected "${closing}"`);
      return out;
    }
    if (closing && r.text[r.pos] === closing) {
      r.pos++;
      return out;
    }
    const start = r.pos;
    const name = r.match(IDENT) ?? r.fail('expected an attribute or a block');
    r.skip(false);
    if (r.text[r.pos] === '=') {
      r.pos++;
      if (Object.hasOwn(out, name)) r.fail(`"${name}" is set twice`, start);
      out[name] = value(r, depth + 1);
      r.skip(false);
      const next = r.text[r.pos];
      if (next !== undefined && next !== '\n' && next !== closing) r.fail(`unexpected "${next}" after the value of "${name}" (operators and conditionals are not read)`);
      continue;
    }
    const labels: string[] = [];
    while (r.text[r.pos] === '"' || /[A-Za-z_]/.test(r.text[r.pos] ?? '')) {
      labels.push(r.text[r.pos] === '"' ? quoted(r) : r.match(IDENT)!);
      r.skip(false);
    }
    r.expect('{');
    addBlock(out, name, labels, body(r, depth + 1, '}'));
  }
}

/** Reads an HCL file into hcl2json's shape; throws HclError with the line and column of the first problem. */
export function parseHcl(text: string): HclBody {
  return body(new Reader(text.replace(/^\uFEFF/, '')), 0, undefined);
}

/** Whether a string read by `parseHcl` holds an interpolation or template directive (not an escaped one). */
export function hasTemplate(text: string): boolean {
  return /[$%]\{/.test(text.replace(/([$%])\1\{/g, ''));
}

/** The text a string read by `parseHcl` stands for when it holds no template: escaped `$${` and `%%{` as `${` and `%{`. */
export function literal(text: string): string {
  return text.replace(/([$%])\1\{/g, '$1{');
}
