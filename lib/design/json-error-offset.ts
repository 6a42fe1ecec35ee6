/**
 * The offset of the first JSON syntax error in `text`, or -1. V8 does not say
 * where some errors are ("Unexpected token"), and users need a line number.
 * Only called after JSON.parse failed; nesting is already bounded by then.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new JsonScanner(text);
  try {
    scanner.value();
    scanner.whitespace();
    return scanner.i < text.length ? scanner.i : -1;
  } catch (offset) {
    return offset as number;
  }
}

/** A recursive-descent reader of RFC 8259 JSON that throws the offset where the text stops being JSON. */
class JsonScanner {
  i = 0;

  constructor(private readonly text: string) {}

  private fail(): never {
    throw this.i;
  }

  whitespace(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  value(): void {
    this.whitespace();
    const ch = this.text[this.i];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === 't') return this.literal('true');
    if (ch === 'f') return this.literal('false');
    if (ch === 'n') return this.literal('null');
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    this.fail();
  }

  private object(): void {
    this.i++;
    this.whitespace();
    if (this.text[this.i] === '}') return void this.i++;
    for (;;) {
      this.whitespace();
      if (this.text[this.i] !== '"') this.fail();
      this.string();
      this.whitespace();
      if (this.text[this.i] !== ':') this.fail();
      this.i++;
      this.value();
      if (this.closes('}')) return;
    }
  }

  private array(): void {
    this.i++;
    this.whitespace();
    if (this.text[this.i] === ']') return void this.i++;
    for (;;) {
      this.value();
      if (this.closes(']')) return;
    }
  }

  /** After a member: a comma (another follows) or the closing bracket (true); anything else is the error. */
  private closes(bracket: '}' | ']'): boolean {
    this.whitespace();
    if (this.text[this.i] === ',') {
      this.i++;
      return false;
    }
    if (this.text[this.i] !== bracket) this.fail();
    this.i++;
    return true;
  }

  private string(): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length && text[this.i] !== '"') {
      if (text.charCodeAt(this.i) < 0x20) this.fail();
      if (text[this.i] === '\\') {
        this.i++;
        if (text[this.i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 1, this.i + 5))) this.fail();
          this.i += 4;
        } else if (!'"\\/bfnrt'.includes(text[this.i] ?? '')) this.fail();
      }
      this.i++;
    }
    if (text[this.i] !== '"') this.fail();
    this.i++;
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.i)) this.i += word.length;
    else this.fail();
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) this.fail();
    this.i += match[0].length;
  }
}
