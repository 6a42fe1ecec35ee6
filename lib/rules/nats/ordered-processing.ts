import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { jetstreamConsumers } from './_consumers';
import { consumerRequirements } from './_flows';

export const orderedProcessing = defineRule({
  meta: {
    id: 'nats/ordered-processing',
    category: 'ordering',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A JetStream consumer on an ordered flow must not have several messages in flight to several workers.',
    messages: {
      parallel:
        'Consumer "{group}" reads stream "{stream}" on a {ordering}-ordered flow with {parallelism} and max_ack_pending={maxAckPending}: messages are processed in parallel and complete out of order.',
      parallelNoAck: 'Consumer "{group}" reads stream "{stream}" on a {ordering}-ordered flow with {parallelism}: messages are processed in parallel and complete out of order.',
      redelivery: 'Consumer "{group}" reads stream "{stream}" on a strictly ordered flow with max_ack_pending={maxAckPending}: a redelivered message is processed after the ones behind it.',
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
      const parallelism = [workers > 1 ? `${workers} workers` : '', deliverGroup === undefined ? '' : `deliver group "${deliverGroup}" (load-balanced)`].filter(Boolean).join(' in ');
      report({
        target: { type: 'node', id: group.id },
        messageId: !parallel ? 'redelivery' : acked ? 'parallel' : 'parallelNoAck',
        data: { group: group.name, stream: stream.name, ordering, parallelism, maxAckPending },
        // max_ack_pending needs acks: with AckNone there is no setting that serialises delivery.
        fix: acked ? { label: 'Set max_ack_pending=1', apply: (d) => patchNode(d, group.id, { nats: { max_ack_pending: 1 } }) } : undefined,
      });
    }
  },
});
