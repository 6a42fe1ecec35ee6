import { designFromData } from './design-from-data';
import type { Fragment } from './operations';
import { parseDataText } from './safe-parse-text';

export type ReadFragmentResult = { ok: true; fragment: Fragment } | { ok: false; message: string };

/**
 * Pasted text as a fragment: one copied from the studio (fragment-text.ts),
 * or a design's YAML or JSON from a text editor. Separate from the writer
 * because it brings the YAML parser, loaded on the first paste. Read through
 * the one restore step, as a file is; a node written by hand without a name
 * is named after its id, as templates are.
 */
export function readFragmentText(text: string): ReadFragmentResult {
  if (!/\bqueuewright\s*["']?\s*:/.test(text)) return { ok: false, message: 'The clipboard holds no Queuewright design: copy nodes, or a design in YAML or JSON.' };
  const parsed = parseDataText(text);
  if (!parsed.ok) return { ok: false, message: `The pasted design cannot be read: ${parsed.problem.message}` };
  const result = designFromData(namedAfterIds(parsed.data));
  if (!result.ok) return { ok: false, message: `The pasted design cannot be read: ${result.errors[0].message}` };
  const { nodes, connections, layout, clusters } = result.design;
  if (nodes.length === 0) return { ok: false, message: 'The pasted design has no nodes.' };
  return { ok: true, fragment: { nodes, connections, layout: layout ?? {}, clusters } };
}

function namedAfterIds(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) return data;
  const nodes = (data as { nodes: unknown[] }).nodes.map((node) =>
    node !== null && typeof node === 'object' && !('name' in node) && typeof (node as { id?: unknown }).id === 'string' ? { ...node, name: (node as { id: string }).id } : node,
  );
  return { ...data, nodes };
}
