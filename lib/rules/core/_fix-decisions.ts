import { updateNode } from '../../design';
import type { ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { effectiveRetentionMs } from '../kafka/_topics';
import { fixValue, type Fix, type FixInput } from '../fix';

/**
 * The fixes that turn on an alert or declare idempotence: each asks for the
 * decision behind the flag (a threshold, a dedup key), with a value suggested
 * from the design, rather than only flipping a declaration.
 */

const FIVE_MINUTES_S = 300;
const ONE_MINUTE_S = 60;

/** How long a channel keeps an unread message, in seconds, where the design says; undefined when it does not bound it. */
function keepsSeconds(channel: ResolvedNode): number | undefined {
  if (channel.kind === 'kafka-topic') {
    const ms = effectiveRetentionMs(channel);
    return Number.isFinite(ms) ? ms / 1000 : undefined;
  }
  if (channel.kind === 'sqs-queue') return channel.messageRetentionPeriod;
  return undefined;
}

/**
 * Five minutes of lag, but never more than a tenth of the shortest time a
 * channel keeps unread messages (and never under a minute), so the alert
 * fires long before retention deletes what the group has not read.
 */
export function suggestedLagAlertSeconds(channels: readonly ResolvedNode[]): number {
  const kept = channels.map(keepsSeconds).filter((s): s is number => s !== undefined);
  const shortest = kept.length > 0 ? Math.min(...kept) : Infinity;
  return Math.max(ONE_MINUTE_S, Math.min(FIVE_MINUTES_S, Math.floor(shortest / 10)));
}

export function lagAlertFix(group: ResolvedConsumerGroup, channels: readonly ResolvedNode[]): Fix {
  const inputs: FixInput[] = [
    {
      id: 'seconds',
      type: 'number',
      label: 'Alert when the oldest unprocessed message is older than',
      unit: 'seconds',
      suggested: suggestedLagAlertSeconds(channels),
      min: 1,
      max: 31_536_000,
      help: 'Suggested: five minutes, and at most a tenth of how long the channel keeps unread messages.',
    },
  ];
  return { label: 'Alert on consumer lag', inputs, apply: (d, values) => updateNode(d, group.id, { lagAlert: true, lagAlertSeconds: fixValue<number>(inputs, values, 'seconds') }) };
}

/**
 * The identifier a handler de-duplicates on, from what the design's producers
 * send: the JetStream message id, the SQS deduplication id, the AMQP
 * message_id property; otherwise an event id in the payload.
 */
export function suggestedDedupKey(channel: ResolvedNode): string {
  switch (channel.kind) {
    case 'nats-stream':
      return 'Nats-Msg-Id header';
    case 'rabbitmq-queue':
      return 'message_id property';
    case 'sqs-queue':
      return channel.fifo ? 'MessageDeduplicationId' : 'eventId';
    default:
      return 'eventId';
  }
}

export function idempotenceFix(group: ResolvedConsumerGroup, channel: ResolvedNode): Fix {
  const inputs: FixInput[] = [
    {
      id: 'key',
      type: 'text',
      label: 'De-duplicate on',
      suggested: group.dedupKey ?? suggestedDedupKey(channel),
      maxLength: 200,
      help: 'The field or header that identifies a message, which the handler records (or upserts by) so a redelivery changes nothing.',
    },
  ];
  return { label: 'Make the handler idempotent', inputs, apply: (d, values) => updateNode(d, group.id, { idempotent: true, dedupKey: fixValue<string>(inputs, values, 'key') }) };
}

export function depthAlertFix(node: ResolvedNode & { depthAlert: boolean }): Fix {
  const inputs: FixInput[] = [
    {
      id: 'messages',
      type: 'number',
      label: 'Alert when more messages wait than',
      unit: 'messages',
      suggested: 0,
      min: 0,
      max: 1_000_000_000,
      help: 'Suggested: 0, so the first dead letter alerts: each one is a message that could not be processed.',
    },
  ];
  return { label: 'Alert on its depth', inputs, apply: (d, values) => updateNode(d, node.id, { depthAlert: true, depthAlertMessages: fixValue<number>(inputs, values, 'messages') }) };
}
