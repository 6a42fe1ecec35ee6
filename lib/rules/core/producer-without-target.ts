import { nodesOfKind } from '../../design';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { CORE_SOURCES } from './_sources';

export const producerWithoutTarget = defineRule({
  meta: {
    id: 'core/producer-without-target',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Every producer should publish to a channel.',
      rationale:
        'A producer with no publish connection describes messages that go nowhere: the review cannot check its delivery settings against a broker, and exporters write no configuration for it. Usually the connection to its topic, exchange, stream or queue was not drawn.',
      howToFix: 'Connect the producer to the channel it publishes to, or remove it.',
      sources: [CORE_SOURCES.asyncapiRuleset],
    },
    messages: {
      noTarget: 'Producer "{producer}" publishes to nothing: connect it to the topic, exchange, stream or queue it sends to.',
    },
    examples: {
      failing: { queuewright: 2, nodes: [{ kind: 'producer', id: 'orders-api', name: 'orders-api' }] },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'orders-api', name: 'orders-api' },
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
        ],
        connections: [{ id: 'p', kind: 'publish', from: 'orders-api', to: 'orders' }],
      },
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (targetsOf(design, producer.id, 'publish').length > 0) continue;
      report({ target: { type: 'node', id: producer.id }, messageId: 'noTarget', data: { producer: producer.name } });
    }
  },
});
