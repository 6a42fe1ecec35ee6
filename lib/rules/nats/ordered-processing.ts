import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamConsumers } from './_consumers';
import { consumerRequirements } from './_flows';
import { NATS_SOURCES } from './_sources';

export const orderedProcessing = defineRule({
  meta: {
    id: 'nats/ordered-processing',
    category: 'ordering',
    severity: 'warning',
    docs: {
      summary: 'A JetStream consumer on an ordered flow must not have several messages in flight to several workers.',
      rationale:
        'JetStream delivers a stream in order, but a consumer shared by several workers (instances, handler threads, or a deliver_group) hands consecutive messages to different workers, which finish in any order; and with more than one unacknowledged message allowed (max_ack_pending > 1) a redelivered message arrives after later ones. For strict ordering even a single worker is reordered by redeliveries. NATS\'s ordered consumers are single-threaded and not load-balanced for this reason. (A heuristic derived from the consumer docs.)',
      howToFix:
        'Set max_ack_pending=1 so one message is in flight at a time, or split the stream by subject (one consumer per partition of keys) and run one worker per consumer.',
      sources: [{ label: 'NATS docs: consumers, ordered consumers', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers#ordered-consumers' }, NATS_SOURCES.consumers],
    },
    messages: {
      parallel:
        'Consumer "{group}" reads stream "{stream}" on a {ordering}-ordered flow with {parallelism} and max_ack_pending={maxAckPending}: messages are processed in parallel and complete out of order.',
      parallelNoAck:
        'Consumer "{group}" reads stream "{stream}" on a {ordering}-ordered flow with {parallelism}: messages are processed in parallel and complete out of order.',
      redelivery:
        'Consumer "{group}" reads stream "{stream}" on a strictly ordered flow with max_ack_pending={maxAckPending}: a redelivered message is processed after the ones behind it.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'nats-stream', id: 'accounts', name: 'ACCOUNTS' },
          { kind: 'consumer-group', id: 'balances', name: 'balances', instances: 3, nats: { max_ack_pending: 1000 } },
        ],
        connections: [{ id: 'writer--accounts', kind: 'publish', from: 'writer', to: 'accounts' }, { id: 'c', kind: 'consume', from: 'accounts', to: 'balances' }],
      },
      passing: {
        queuewright: 2,
        requirements: { ordering: 'per-key' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'nats-stream', id: 'accounts', name: 'ACCOUNTS' },
          { kind: 'consumer-group', id: 'balances', name: 'balances', instances: 3, nats: { max_ack_pending: 1 } },
        ],
        connections: [{ id: 'writer--accounts', kind: 'publish', from: 'writer', to: 'accounts' }, { id: 'c', kind: 'consume', from: 'accounts', to: 'balances' }],
      },
    },
  },
  check({ design, report }) {
    const reported = new Set<string>();
    for (const { stream, group } of jetstreamConsumers(design)) {
      const maxAckPending = group.nats.max_ack_pending;
      // With one unacknowledged message at a time, workers take turns in stream order.
      const acked = group.nats.ack_policy !== 'none';
      if (reported.has(group.id) || (acked && maxAckPending === 1)) continue;
      const ordering = consumerRequirements(design, stream, group)?.ordering;
      if (ordering === undefined || ordering === 'none') continue;
      const workers = group.instances * group.concurrency;
      const deliverGroup = group.nats.deliver_group;
      const parallel = workers > 1 || deliverGroup !== undefined;
      // Without acks nothing is redelivered, so a single worker keeps the order.
      if (!parallel && (ordering !== 'strict' || !acked)) continue;
      reported.add(group.id);
      const parallelism = [workers > 1 ? `${workers} workers` : '', deliverGroup === undefined ? '' : `deliver group "${deliverGroup}" (load-balanced)`]
        .filter(Boolean)
        .join(' in ');
      report({
        target: { type: 'node', id: group.id },
        messageId: !parallel ? 'redelivery' : acked ? 'parallel' : 'parallelNoAck',
        data: { group: group.name, stream: stream.name, ordering, parallelism, maxAckPending },
        // max_ack_pending needs acks: with AckNone there is no setting that serialises delivery.
        fix: acked
          ? { label: 'Set max_ack_pending=1', apply: (d) => patchNode(d, group.id, { nats: { max_ack_pending: 1 } }) }
          : undefined,
      });
    }
  },
});
