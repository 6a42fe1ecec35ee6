import { defineRule } from '../rule';
import { KINDS, type NodeKind } from '../../design/kinds';
import type { ResolvedNode } from '../../brokers/resolved-design';
import { deliveredWithoutConsumer, hasConsumer, isTtlDelayQueue, kindLabel, STORING_KINDS } from './_channels';
import { deadLetterTargets } from './_dead-letters';

/**
 * The kinds that need a reader: every kind that stores messages for its consumers, and every routing kind whose
 * readers are subscriptions (SNS, Pub/Sub, Service Bus and Pulsar topics). Exchanges and Artemis addresses route
 * by bindings, which other rules judge.
 */
const SUBSCRIBED_KINDS = KINDS.filter((k) => k.channel === 'routes' && 'subscription' in k.outgoing).map((k) => k.kind);
const CHECKED: readonly NodeKind[] = [...STORING_KINDS, ...SUBSCRIBED_KINDS];

function read(node: ResolvedNode): boolean {
  return (SUBSCRIBED_KINDS as readonly string[]).includes(node.kind);
}

export const unconsumedChannel = defineRule({
  meta: {
    id: 'core/unconsumed-channel',
    category: 'operability',
    severity: 'warning',
    summary: 'Every topic, queue and stream should have a consumer.',
    messages: {
      unconsumed: '{kind} "{channel}" has no consumer: messages sent to it are never processed.',
      noSubscription: '{kind} "{channel}" has no subscriptions: no consumer ever receives the messages published to it.',
    },
  },
  check({ design, graph, report }) {
    const deadLetters = deadLetterTargets(design);
    for (const kind of CHECKED) {
      for (const channel of graph.byKind.get(kind) ?? []) {
        if (hasConsumer(design, channel.id) || deadLetters.has(channel.id) || isTtlDelayQueue(design, channel) || deliveredWithoutConsumer(channel)) continue;
        report({
          target: { type: 'node', id: channel.id },
          messageId: read(channel) ? 'noSubscription' : 'unconsumed',
          data: { channel: channel.name, kind: kindLabel(channel) },
        });
      }
    }
  },
});
