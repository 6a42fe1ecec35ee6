import type { GraphDesign } from '../../design';
import type { ResolvedNatsStream } from './resolve';

/** What matters about a JetStream stream at a glance (node-summary.ts). */
export const NATS_SUMMARIES = {
  'nats-stream': (design: GraphDesign, node: ResolvedNatsStream) => [
    `R${node.num_replicas} · ${node.retention} · ${node.storage}`,
    node.subjects.length > 0 ? node.subjects.slice(0, 3).join(' ') : 'no subjects',
  ],
};
