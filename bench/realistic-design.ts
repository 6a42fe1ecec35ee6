import { designFromData, type Design } from '../lib/design';
import { layeredLayout } from '../lib/layout/layered-layout';
import { loadCorpus } from '../lib/testing/labelled-corpus';

/**
 * A design of about `size` nodes made of the review corpus's expert-written
 * designs (eval/corpus: every broker family and event sourcing, shared topics
 * and exchanges, fan-in and fan-out, dead-letter chains, flawed and clean),
 * copied side by side until the size is reached. Each copy keeps its own
 * requirements (pushed down onto its producers, since a design has one set). This is what rules meet in real designs, unlike a
 * generator of small identical patterns, where few rules have work.
 */
export function realisticDesign(size: number): Design {
  const sources = loadCorpus().entries.map((entry) => entry.design);
  const design: { clusters: unknown[]; nodes: unknown[]; connections: unknown[] } = { clusters: [], nodes: [], connections: [] };
  for (let copy = 0; design.nodes.length < size; copy++) {
    const source = sources[copy % sources.length];
    const prefix = `c${copy}-`;
    const id = (value: string) => `${prefix}${value}`;
    // Copies of one corpus design share its clusters, as many pipelines share a cluster.
    const clusterId = (value: string) => `s${copy % sources.length}-${value}`;
    if (copy < sources.length) for (const cluster of source.clusters) design.clusters.push({ ...cluster, id: clusterId(cluster.id), name: clusterId(cluster.name) });
    for (const node of source.nodes) {
      if (design.nodes.length >= size) break;
      const renamed: Record<string, unknown> = { ...node, id: id(node.id), name: id(node.name) };
      if (node.cluster !== undefined) renamed.cluster = clusterId(node.cluster);
      if (node.kind === 'producer') renamed.requirements = { ...source.requirements, ...node.requirements };
      design.nodes.push(renamed);
    }
    const kept = new Set(design.nodes.map((n) => (n as { id: string }).id));
    for (const c of source.connections) {
      if (kept.has(id(c.from)) && kept.has(id(c.to))) design.connections.push({ ...c, id: id(c.id), from: id(c.from), to: id(c.to) });
    }
  }
  const result = designFromData({ queuewright: 2, name: `Realistic ${size}`, ...design }, { allowGraphProblems: true });
  if (!result.ok) throw new Error(`realisticDesign(${size}) is not a design: ${result.errors[0].message}`);
  return { ...result.design, layout: layeredLayout(result.design) };
}
