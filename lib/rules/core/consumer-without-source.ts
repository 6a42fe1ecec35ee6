import { incoming, nodesOfKind } from '../../design';
import { defineRule } from '../rule';

export const consumerWithoutSource = defineRule({
  meta: {
    id: 'core/consumer-without-source',
    category: 'operability',
    severity: 'warning',
    reads: [],
    summary: 'Every consumer group should consume a channel.',
    messages: {
      noSource: 'Consumer group "{group}" consumes nothing: connect the topic, queue or stream it reads.',
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
