import { nodesOfKind } from '../../design';
import { upstreamProducers } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { formatBytes, maxPayload } from './_limits';

export const msgSizeLeMaxPayload = defineRule({
  meta: {
    id: 'nats/msg-size-le-max-payload',
    category: 'operability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: "Messages and a stream's max_msg_size must fit the server's max_payload (1 MB by default).",
    messages: {
      messageOverPayload: 'Stream "{stream}" receives messages of up to {size} but the server max_payload is {payload}: the larger ones are rejected at publish.',
      messageOverStreamLimit: 'Stream "{stream}" receives messages of up to {size} but its max_msg_size is {limit}: the larger ones are rejected at publish.',
      limitOverPayload: 'Stream "{stream}" allows messages of {limit} (max_msg_size) but the server max_payload is {payload}: no message that large gets through.',
    },
  },
  check({ design, report }) {
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      const payload = maxPayload(design, stream);
      const limit = stream.max_msg_size > 0 ? stream.max_msg_size : undefined;
      if (limit !== undefined && limit > payload) {
        report({
          target: { type: 'node', id: stream.id },
          messageId: 'limitOverPayload',
          data: { stream: stream.name, limit: formatBytes(limit), payload: formatBytes(payload) },
        });
      }
      // The largest message of the flows into the stream: declared maxima and producers' typical sizes.
      const producers = upstreamProducers(design, stream.id);
      const size = Math.max(requirementsAt(design, stream.id)?.maxMessageBytes ?? 0, ...producers.map((p) => p.messageSizeBytes));
      if (size === 0) continue;
      const bound = Math.min(payload, limit ?? Infinity);
      if (size <= bound) continue;
      report({
        target: { type: 'node', id: stream.id },
        messageId: limit !== undefined && limit < payload ? 'messageOverStreamLimit' : 'messageOverPayload',
        data: { stream: stream.name, size: formatBytes(size), limit: limit === undefined ? '' : formatBytes(limit), payload: formatBytes(payload) },
      });
    }
  },
});
