import { slugify, uniqueId, type Design } from '../design';

/** A safe file name stem from the design's name. */
export function fileBaseName(design: Design): string {
  return slugify(design.name) || 'design';
}

/**
 * A file name stem for each node, from its name (`Payment service` →
 * `payment-service`): safe on every file system, never a path, and unique
 * case-insensitively, so two services of one name still get two files.
 */
export function fileStems(nodes: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const taken = new Set<string>();
  const stems = new Map<string, string>();
  for (const node of nodes) {
    const stem = uniqueId(slugify(node.name), taken);
    taken.add(stem);
    stems.set(node.id, stem);
  }
  return stems;
}
