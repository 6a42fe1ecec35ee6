import type { GraphDesign, NodeOfKind } from '../../design';

/** What matters about an event store, a projection or a snapshot policy at a glance (node-summary.ts). Nothing here has software defaults to resolve. */
export const EVENTSOURCING_SUMMARIES = {
  'event-store': (design: GraphDesign, node: NodeOfKind<'event-store'>) => [
    `${node.technology} · ${node.streamPerAggregate ? 'stream per aggregate' : 'one stream'}`,
    node.concurrencyCheck === 'expected-version' ? 'expected-version check' : 'no concurrency check',
  ],
  projection: (design: GraphDesign, node: NodeOfKind<'projection'>) => [
    `${node.targetStore} · ${node.mode}`,
    `${node.idempotentApply ? 'idempotent' : 'not idempotent'} · rebuild ${node.rebuild === 'none' ? 'no' : node.rebuild}`,
  ],
  'snapshot-policy': (design: GraphDesign, node: NodeOfKind<'snapshot-policy'>) => [
    `every ${node.everyEvents} events`,
    `kept in ${node.storage === 'event-store' ? 'the event store' : 'a separate store'}`,
  ],
};
