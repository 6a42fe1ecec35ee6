import { parseAllDocuments } from 'yaml';

/**
 * Parsers that read exported text back the way the target tool does, so tests
 * can prove that what was written is what the tool will see.
 */

export { parseJavaProperties } from '../../importers/java-properties';

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
