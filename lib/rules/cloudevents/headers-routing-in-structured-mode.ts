import type { Design } from '../../design';
import { defineRule } from '../rule';
import { patchEnvelope, envelopedChannels } from './_envelopes';

/** The AMQP binding's application-property prefixes (`cloudEvents_type`, `cloudEvents:type`). */
const CLOUDEVENTS_HEADER = /^cloudEvents[_:]/;

export const headersRoutingInStructuredMode = defineRule({
  meta: {
    id: 'cloudevents/headers-routing-in-structured-mode',
    category: 'delivery',
    severity: 'warning',
    reads: [
      'kafka-topic',
      'rabbitmq-exchange',
      'rabbitmq-queue',
      'nats-stream',
      'sqs-queue',
      'sns-topic',
      'pubsub-topic',
      'pubsub-subscription',
      'artemis-address',
      'artemis-queue',
      'pulsar-topic',
      'pulsar-subscription',
      'servicebus-queue',
      'servicebus-topic',
      'servicebus-subscription',
    ],
    summary:
      'A RabbitMQ headers exchange that routes on CloudEvents attribute headers (cloudEvents_type, …) needs binary mode: in structured mode the attributes are in the body and the headers are optional.',
    messages: {
      structured:
        'Headers exchange "{exchange}" routes on {headers}, but its CloudEvents travel in structured mode, where the attributes are in the JSON body and the AMQP binding makes those headers optional: a producer that does not copy them has its messages match no binding, and they are dropped or go to the alternate exchange.',
    },
  },
  check({ design, graph, report }) {
    for (const exchange of envelopedChannels(design)) {
      if (exchange.kind !== 'rabbitmq-exchange' || exchange.type !== 'headers' || exchange.messageSchema.envelope.mode !== 'structured') continue;
      const binds = (graph.outgoing.get(exchange.id) ?? []).filter((c) => c.kind === 'bind' && Object.keys(c.arguments ?? {}).some((k) => CLOUDEVENTS_HEADER.test(k)));
      if (binds.length === 0) continue;
      const headers = [...new Set(binds.flatMap((c) => Object.keys(c.arguments ?? {}).filter((k) => CLOUDEVENTS_HEADER.test(k))))];
      // The queues behind those bindings receive the same messages: their declared mode follows the exchange's.
      const queues = binds.map((c) => c.to);
      report({
        target: { type: 'node', id: exchange.id },
        messageId: 'structured',
        data: { exchange: exchange.name, headers: headers.map((h) => `"${h}"`).join(', ') },
        fix: {
          label: 'Send in binary mode',
          apply: (d: Design) => [exchange.id, ...queues].reduce((acc, id) => (structuredAt(acc, id) ? patchEnvelope(acc, id, { mode: 'binary' }) : acc), d),
        },
      });
    }
  },
});

/** Whether the written node `id` declares a structured-mode envelope. */
function structuredAt(design: Design, id: string): boolean {
  const node = design.nodes.find((n) => n.id === id);
  return node !== undefined && 'messageSchema' in node && node.messageSchema.envelope?.mode === 'structured';
}
