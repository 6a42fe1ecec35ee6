import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { MAX_DEPTH, MAX_INPUT_BYTES, checkData, type ParseOptions, type TextParseResult, type TextProblem } from './check-data';
import { normaliseText } from './decode-text';
import { jsonErrorOffset } from './json-error-offset';
import { indexYamlText } from './yaml-text-index';

/**
 * Turning untrusted text into plain data, safely: bounded size, bounded
 * nesting, no prototype keys, bounded YAML aliases. Every importer, the
 * design reader and the share-link decoder go through here.
 */

export { MAX_DEPTH, MAX_INPUT_BYTES, checkData } from './check-data';
export type { ParseOptions, TextParseResult, TextProblem } from './check-data';

/** Parses JSON or YAML (JSON is tried first when the text looks like it). A BOM and CRLF line ends are accepted. */
export function parseDataText(input: string, format: 'json' | 'yaml' | 'auto' = 'auto', options: ParseOptions = {}): TextParseResult {
  const refused = tooLarge(input);
  if (refused) return refused;
  const text = normaliseText(input);
  const looksJson = /^\s*[{[]/.test(text);
  const asJson = format === 'json' || (format === 'auto' && looksJson);
  const depth = bracketDepth(text);
  if (depth > MAX_DEPTH) return { ok: false, code: 'too-deep', problem: { message: `The data is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.` } };
  let data: unknown;
  if (asJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, code: 'syntax', problem: jsonSyntaxProblem(text, error) };
    }
  } else {
    const lineCounter = new LineCounter();
    let doc;
    try {
      doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    } catch (error) {
      return { ok: false, code: 'syntax', problem: { message: `YAML could not be read: ${(error as Error).message}` } };
    }
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const pos = lineCounter.linePos(first.pos[0]);
      return { ok: false, code: 'syntax', problem: { message: `YAML syntax error: ${first.message.split('\n')[0]}`, line: pos.line, column: pos.col } };
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return { ok: false, code: 'syntax', problem: { message: `YAML could not be read: ${(error as Error).message.split('\n')[0]}` } };
    }
  }
  return checkData(data, options);
}

export type DocumentsParseResult = { ok: true; documents: unknown[] } | { ok: false; code: 'too-large' | 'syntax' | 'too-deep' | 'forbidden-key'; problem: TextProblem };

/** At most this many documents in one multi-document YAML stream. */
export const MAX_DOCUMENTS = 10_000;

/**
 * Parses a multi-document YAML stream (`---` separated, as Kubernetes
 * manifests and topicctl files are) with the same guards as `parseDataText`.
 * JSON text is one document. Comment-only documents come back as `null`, so
 * indexes match the documents in the file. Problem paths start with
 * `documents[i]`.
 */
export function parseDataDocuments(input: string, options: ParseOptions = {}): DocumentsParseResult {
  const refused = tooLarge(input);
  if (refused) return refused;
  const text = normaliseText(input);
  if (/^\s*[{[]/.test(text)) {
    const single = parseDataText(text, 'json', options);
    return single.ok ? { ok: true, documents: [single.data] } : single;
  }
  const depth = bracketDepth(text);
  if (depth > MAX_DEPTH) return { ok: false, code: 'too-deep', problem: { message: `The data is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.` } };
  const lineCounter = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { ok: false, code: 'syntax', problem: { message: `YAML could not be read: ${(error as Error).message.split('\n')[0]}` } };
  }
  if (!Array.isArray(docs)) return { ok: true, documents: [] };
  if (docs.length > MAX_DOCUMENTS) {
    return { ok: false, code: 'too-large', problem: { message: `The file holds ${docs.length} documents; the limit is ${MAX_DOCUMENTS}.` } };
  }
  const documents: unknown[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const pos = lineCounter.linePos(first.pos[0]);
      return { ok: false, code: 'syntax', problem: { message: `YAML syntax error in document ${i + 1}: ${first.message.split('\n')[0]}`, path: `documents[${i}]`, line: pos.line, column: pos.col } };
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return { ok: false, code: 'syntax', problem: { message: `YAML document ${i + 1} could not be read: ${(error as Error).message.split('\n')[0]}`, path: `documents[${i}]` } };
    }
    const checked = checkData(data, options);
    if (!checked.ok) {
      const inner = checked.problem.path ?? '';
      const path = `documents[${i}]${inner === '' || inner.startsWith('[') ? '' : '.'}${inner}`;
      return { ok: false, code: checked.code, problem: { ...checked.problem, path } };
    }
    documents.push(data ?? null);
  }
  return { ok: true, documents };
}

/** The refusal of text over MAX_INPUT_BYTES, checked before any work is done on it. */
function tooLarge(text: string): { ok: false; code: 'too-large'; problem: TextProblem } | undefined {
  if (text.length <= MAX_INPUT_BYTES) return undefined;
  return { ok: false, code: 'too-large', problem: { message: `The file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` } };
}

/** Maximum bracket nesting outside strings; a cheap guard before any recursive parser sees the text. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"') quote = ch;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) max = depth;
      if (max > MAX_DEPTH) return max;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

function jsonSyntaxProblem(text: string, error: unknown): TextProblem {
  const message = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*$/s, '');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return { message: `JSON syntax error: ${message}` };
  if (offset >= text.length) return { message: 'JSON syntax error: the text ends too early (truncated?)', line: text.split('\n').length };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { message: `JSON syntax error: ${message}`, line, column: offset - before.lastIndexOf('\n') };
}

/** The line and column of `path` (an array of keys/indexes) in JSON or YAML text, when it can be found. */
export function locatePath(text: string, path: ReadonlyArray<PropertyKey>): { line: number; column: number } | undefined {
  // Location is a courtesy: an index of text it cannot read finds nothing, and the error message stands without it.
  const range = indexYamlText(text).rangeOf(path);
  return range && { line: range.line, column: range.column };
}
