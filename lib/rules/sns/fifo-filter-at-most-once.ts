import { defineRule } from '../rule';
import { requirementsAt } from '../needs';
import { AWS_DOCS } from '../sqs/_sources';
import { endpointLabel, hasFilterPolicy, subscriptions } from './_subscriptions';

export const fifoFilterAtMostOnce = defineRule({
  meta: {
    id: 'sns/fifo-filter-at-most-once',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'A subscription filter policy on an SNS FIFO topic gives up exactly-once delivery.',
      rationale:
        'SNS FIFO topics with SQS FIFO queues deliver exactly once only while, among other conditions, the subscription has no message filtering. AWS: with message filtering configured, SNS FIFO topics support at-most-once delivery. A flow that requires exactly-once delivery through a filtered FIFO subscription does not get it.',
      howToFix: 'Subscribe without a filter policy and filter in the consumer (or in a separate topic per message type), or relax the flow\'s declared delivery and accept the risk.',
      sources: [AWS_DOCS.snsFifoDedup],
    },
    messages: {
      atMostOnce: 'The subscription of {endpoint} to FIFO topic "{topic}" has a filter policy, which makes SNS FIFO delivery at-most-once, on a flow that requires exactly-once delivery.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { delivery: 'exactly-once' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sns-topic', id: 'ledger', name: 'ledger.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'credits', name: 'credits.fifo', fifo: true },
        ],
        connections: [{ id: 'writer--ledger', kind: 'publish', from: 'writer', to: 'ledger' }, { id: 's', kind: 'subscription', from: 'ledger', to: 'credits', filterPolicy: '{"type":["credit"]}' }],
      },
      passing: {
        queuewright: 2,
        requirements: { delivery: 'exactly-once' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sns-topic', id: 'ledger', name: 'ledger.fifo', fifo: true },
          { kind: 'sqs-queue', id: 'credits', name: 'credits.fifo', fifo: true },
        ],
        connections: [{ id: 'writer--ledger', kind: 'publish', from: 'writer', to: 'ledger' }, { id: 's', kind: 'subscription', from: 'ledger', to: 'credits' }],
      },
    },
  },
  check({ design, report }) {
    for (const subscription of subscriptions(design)) {
      const { topic, connection } = subscription;
      if (!topic.fifo || !hasFilterPolicy(connection)) continue;
      if (requirementsAt(design, topic.id)?.delivery !== 'exactly-once') continue;
      report({ target: { type: 'connection', id: connection.id }, messageId: 'atMostOnce', data: { endpoint: endpointLabel(subscription), topic: topic.name } });
    }
  },
});
