import { defineRule } from '../rule';
import { kindLabel } from '../core/_channels';
import { envelopedChannels } from './_envelopes';

/**
 * Whether `type` starts with a reverse-DNS name: a top-level domain (letters,
 * or an `xn--` IDN label), a domain label, then at least one more segment
 * (`com.example.order.placed`). Without a list of top-level domains a first
 * segment like `order` looks like one too; the rule accepts it rather than
 * risk a false alarm.
 */
const REVERSE_DNS_PREFIX = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.[^.]/;

export function hasReverseDnsPrefix(type: string): boolean {
  return REVERSE_DNS_PREFIX.test(type);
}

export const typeReverseDns = defineRule({
  meta: {
    id: 'cloudevents/type-reverse-dns',
    category: 'schema',
    severity: 'info',
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
    summary: 'A CloudEvents type should be prefixed with a reverse-DNS name (com.example.order.placed), naming the organisation that defines it.',
    messages: {
      noPrefix:
        '{kind} "{channel}" sends CloudEvents of type "{type}", which has no reverse-DNS prefix (e.g. com.example.{type}): the specification says a type SHOULD start with one, so that types from different organisations cannot collide.',
    },
  },
  check({ design, report }) {
    for (const channel of envelopedChannels(design)) {
      const { type } = channel.messageSchema.envelope;
      if (hasReverseDnsPrefix(type)) continue;
      report({ target: { type: 'node', id: channel.id }, messageId: 'noPrefix', data: { kind: kindLabel(channel), channel: channel.name, type } });
    }
  },
});
