import { parseAllDocuments } from 'yaml';

/**
 * Parsers that read exported text back the way the target tool does, so tests
 * can prove that what was written is what the tool will see.
 */

/**
 * java.util.Properties#load: natural/logical lines, `\` continuations,
 * `#`/`!` comments, `=`/`:`/whitespace separators and the escapes `\t \n \r
 * \f \uXXXX` (any other escaped character stands for itself).
 */
export function parseJavaProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^[ \t\f]+/, '');
    if (line === '' || line[0] === '#' || line[0] === '!') continue;
    // Join continuation lines: an odd number of trailing backslashes continues the line.
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i].replace(/^[ \t\f]+/, '');
    }
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) line = line.slice(0, -1);
    let k = 0;
    let key = '';
    while (k < line.length) {
      const c = line[k];
      if (c === '\\') {
        key += line.slice(k, k + 2);
        k += 2;
        continue;
      }
      if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
      key += c;
      k++;
    }
    while (k < line.length && /[ \t\f]/.test(line[k])) k++;
    if (k < line.length && (line[k] === '=' || line[k] === ':')) k++;
    while (k < line.length && /[ \t\f]/.test(line[k])) k++;
    out.set(unescapeProperties(key), unescapeProperties(line.slice(k)));
  }
  return out;
}

function unescapeProperties(text: string): string {
  return text.replace(/\\(u([0-9a-fA-F]{4})|.)/g, (_, esc: string, hex?: string) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[esc] ?? esc;
  });
}

/** Every YAML document in `text`, failing on any syntax error or warning. */
export function parseYamlDocs(text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(docs)) throw new Error('Not YAML documents');
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`YAML error: ${doc.errors[0].message}`);
    if (doc.warnings.length > 0) throw new Error(`YAML warning: ${doc.warnings[0].message}`);
  }
  return docs.map((d) => d.toJS()).filter((d) => d !== null && d !== undefined);
}

/**
 * Splits a shell command line written by the Kafka script exporter into words:
 * bare words and single-quoted words (with `'\''`) only, which is all it writes
 * for design values. (Tests also run the scripts through bash itself.)
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in ${line}`);
      current += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else if (c === '\\' && i === line.length - 1) {
      break;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}
