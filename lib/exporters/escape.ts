/**
 * Quoting and escaping for the text formats exporters write. Each function
 * returns text that the target's own parser reads back as exactly the input
 * (tests parse it back: `bash -n`/bash itself, java.util.Properties, HCL).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether `text` has a UTF-16 surrogate without its pair (it cannot be written as UTF-8). */
export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/** Replaces unpaired surrogates with U+FFFD so the text can be written as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Free text (a name, a note) made safe for a one-line comment in any format:
 * line breaks, control and format characters become spaces; at most `max`
 * characters. Used for comments only, never for values.
 */
export function commentText(text: string, max = 200): string {
  const flat = wellFormed(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Free text for a multi-line description field (YAML writes it quoted): lone surrogates and NULs removed. */
export function descriptionText(text: string, max = 2000): string {
  const clean = wellFormed(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** One shell word (bash/sh): bare when it is plainly safe, otherwise single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9._\-/=:,@%+]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A java.util.Properties key or value, escaped as `Properties.store` does
 * (except that a value keeps `= : # !` as they are, which `load` reads the
 * same): backslash and key separators escaped, control characters as
 * `\t \n \r \f`, everything outside printable ASCII as `\uXXXX` (so the file
 * is ASCII and loads the same as ISO-8859-1, which is how Kafka reads it).
 */
export function propertiesEscape(text: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    switch (ch) {
      case ' ':
        out += i === 0 || isKey ? '\\ ' : ' ';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '=':
      case ':':
      case '#':
      case '!':
        // Separators and comment markers only matter in keys (a value runs to the end of the line).
        out += isKey ? `\\${ch}` : ch;
        continue;
    }
    out += code < 0x20 || code > 0x7e ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  }
  return out;
}

/** A `# comment` line for a .properties file: one line, ASCII (non-ASCII as \uXXXX, as Properties.store writes comments). */
export function propertiesComment(text: string): string {
  const flat = commentText(text, 300);
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const code = flat.charCodeAt(i);
    out += code > 0x7e ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : flat[i];
  }
  return `# ${out}`.trimEnd();
}

/**
 * An HCL (Terraform) quoted string. Escapes `\` and `"`, control characters,
 * and the template sequences `${` and `%{` (as `$${` and `%%{`), so the text is
 * taken literally. Unpaired surrogates (not representable in UTF-8) become U+FFFD.
 */
export function hclString(text: string): string {
  let out = '';
  const s = wellFormed(text);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && s[i + 1] === '{') out += `${ch}${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: a short stable suffix for mapped names. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
