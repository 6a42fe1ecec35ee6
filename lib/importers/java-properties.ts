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
