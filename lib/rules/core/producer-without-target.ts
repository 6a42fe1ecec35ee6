import { nodesOfKind } from '../../design';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';

export const producerWithoutTarget = defineRule({
  meta: {
    id: 'core/producer-without-target',
    category: 'operability',
    severity: 'warning',
    reads: [],
    summary: 'Every producer should publish to a channel.',
    messages: {
      noTarget: 'Producer "{producer}" publishes to nothing: connect it to the topic, exchange, stream or queue it sends to.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (targetsOf(design, producer.id, 'publish').length > 0) continue;
      report({ target: { type: 'node', id: producer.id }, messageId: 'noTarget', data: { producer: producer.name } });
    }
  },
});
