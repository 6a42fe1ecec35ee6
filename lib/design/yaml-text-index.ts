import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { MAX_INPUT_BYTES } from './check-data';

/**
 * Where things are in a design's YAML (or JSON) text: the range of a path of
 * keys, the design element (node, connection, cluster) a block of lines
 * holds, and the path under an offset. The Code panel uses it to put errors
 * and findings at their lines, to reveal a selected node, and to select the
 * node the cursor is in; the restore step uses it to give errors a line.
 * The text is parsed once per index; a text the parser cannot read at all
 * gives an index that finds nothing.
 */

/** A span of the text: offsets (`from` inclusive, `to` exclusive) and 1-based lines. */
export interface TextRange {
  from: number;
  to: number;
  line: number;
  column: number;
  endLine: number;
}

export type ElementKind = 'node' | 'connection' | 'cluster';

/** A design element by the list it is in and its id. */
export interface ElementRef {
  type: ElementKind;
  id: string;
}

/** The keys leading to the spot under an offset; `key` is set when the offset is on a mapping key. */
export interface PathAt {
  path: (string | number)[];
  key?: { name: string; from: number; to: number };
}

const LISTS: Record<string, ElementKind> = { nodes: 'node', connections: 'connection', clusters: 'cluster' };
const LIST_OF: Record<ElementKind, string> = { node: 'nodes', connection: 'connections', cluster: 'clusters' };

export interface YamlTextIndex {
  /** The range of the value at `path`, or of the nearest ancestor the text has. */
  rangeOf(path: ReadonlyArray<PropertyKey>): TextRange | undefined;
  /** The lines of a node, connection or cluster, by id. */
  elementRange(ref: ElementRef): TextRange | undefined;
  /** The node, connection or cluster whose block holds `offset`. */
  elementAt(offset: number): ElementRef | undefined;
  /** The path of keys (and list indexes) under `offset`. */
  pathAt(offset: number): PathAt;
  /** The parsed value at `path` as plain data, when the text has it. */
  valueAt(path: ReadonlyArray<string | number>): unknown;
  /** Offsets ↔ 1-based line and column. */
  position(offset: number): { line: number; column: number };
}

/** Indexes `text`; cheap enough to redo on every edit of a design-sized text. */
export function indexYamlText(text: string): YamlTextIndex {
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  if (text.length <= MAX_INPUT_BYTES) {
    try {
      doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    } catch {
      doc = undefined;
    }
  }
  const position = (offset: number) => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: pos.line, column: pos.col };
  };
  const toRange = (from: number, to: number): TextRange => {
    const end = trimEnd(text, from, to);
    const start = position(from);
    return { from, to: end, line: start.line, column: start.column, endLine: position(Math.max(from, end - 1)).line };
  };

  function rangeOf(path: ReadonlyArray<PropertyKey>): TextRange | undefined {
    if (!doc) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth));
      if (node?.range) return toRange(node.range[0], node.range[1]);
    }
    return undefined;
  }

  function elements(type: ElementKind): YamlNode[] {
    const list = doc ? nodeAt(doc, [LIST_OF[type]]) : undefined;
    return isSeq(list) ? (list.items as YamlNode[]) : [];
  }

  function elementRange(ref: ElementRef): TextRange | undefined {
    const item = elements(ref.type).find((node) => isMap(node) && scalarText(node.get('id', true)) === ref.id);
    return item?.range ? toRange(item.range[0], item.range[1]) : undefined;
  }

  function elementAt(offset: number): ElementRef | undefined {
    const { path } = pathAt(offset);
    const type = LISTS[String(path[0])];
    if (!type || typeof path[1] !== 'number') return undefined;
    const id = valueAt([path[0], path[1], 'id']);
    return typeof id === 'string' ? { type, id } : undefined;
  }

  function pathAt(offset: number): PathAt {
    const path: (string | number)[] = [];
    let node: unknown = doc?.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = (node.items as Pair<YamlNode | null, YamlNode | null>[]).find((p) => contains(p, offset));
        if (!pair || !isScalar(pair.key) || !pair.key.range) return { path };
        const name = String(pair.key.value);
        if (offset >= pair.key.range[0] && offset <= pair.key.range[1]) return { path, key: { name, from: pair.key.range[0], to: pair.key.range[1] } };
        path.push(name);
        node = pair.value;
      } else if (isSeq(node)) {
        const index = (node.items as YamlNode[]).findIndex((item) => item?.range && within(item.range, offset));
        if (index < 0) return { path };
        path.push(index);
        node = node.items[index];
      } else return { path };
    }
  }

  function valueAt(path: ReadonlyArray<string | number>): unknown {
    const node = doc ? nodeAt(doc, path) : undefined;
    if (node === undefined) return undefined;
    try {
      return isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON();
    } catch {
      return undefined;
    }
  }

  return { rangeOf, elementRange, elementAt, pathAt, valueAt, position };
}

function nodeAt(doc: Document, path: ReadonlyArray<PropertyKey>): YamlNode | undefined {
  try {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    return node && typeof node === 'object' && 'range' in node ? (node as YamlNode) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the offset is on a pair: from its key to the end of its value. */
function contains(pair: Pair<YamlNode | null, YamlNode | null>, offset: number): boolean {
  const start = pair.key?.range?.[0];
  const end = pair.value?.range ?? pair.key?.range;
  return start !== undefined && !!end && within([start, end[1], end[2]], offset);
}

/** Within a node: up to the end of its value, or before the end of the line break after it (the next line's start is not in it). */
function within(range: readonly [number, number, number], offset: number): boolean {
  return offset >= range[0] && (offset <= range[1] || offset < range[2]);
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** A block's range ends after its last line break; the range of its lines ends before it. */
function trimEnd(text: string, from: number, to: number): number {
  let end = Math.min(to, text.length);
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}
