import { incoming, nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { CORE_SOURCES } from './_sources';

export const consumerWithoutSource = defineRule({
  meta: {
    id: 'core/consumer-without-source',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Every consumer group should consume a channel.',
      rationale:
        'A consumer group that reads nothing cannot be checked against the delivery, ordering and timeout settings of a broker, and exporters write no consumer configuration for it. Usually the consume connection from its topic, queue or stream was not drawn; a service that only publishes is a producer.',
      howToFix: 'Connect the channel it reads to the consumer group, or model a publish-only service as a producer.',
      sources: [CORE_SOURCES.asyncapiRuleset],
    },
    messages: {
      noSource: 'Consumer group "{group}" consumes nothing: connect the topic, queue or stream it reads.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'consumer-group', id: 'billing', name: 'billing' }] },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'billing', name: 'billing' },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      // Listening to a stream's advisories (a JetStream dead-letter handler) is reading it too.
      if (incoming(design, group.id, 'consume').length > 0) continue;
      report({ target: { type: 'node', id: group.id }, messageId: 'noSource', data: { group: group.name } });
    }
  },
});
