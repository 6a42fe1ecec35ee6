import { nodesOfKind } from '../../design';
import { backlogChannels, isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { lagAlertFix } from './_fix-decisions';
import { CORE_SOURCES } from './_sources';

export const consumerLagMonitored = defineRule({
  meta: {
    id: 'core/consumer-lag-monitored',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'Every long-lived consumer group that pulls from a channel should have an alert on its lag.',
      rationale:
        'Lag (messages waiting for a consumer: Kafka records-lag, RabbitMQ ready messages, JetStream num_pending, SQS ApproximateNumberOfMessagesVisible and age of oldest message) is the first sign of a stuck, crashed or under-sized consumer. Without an alert the backlog is found when retention deletes unread messages, a queue hits its length limit, or users report stale data. Ephemeral readers (a UI, a tail) have no backlog worth paging for; an SNS topic pushes to its endpoints and retries by its delivery policy; a dead-letter queue\'s backlog is its depth, which core/dlq-monitored watches.',
      howToFix: 'Alert when the group\'s lag (or the age of its oldest unprocessed message) stays above a threshold, and declare lagAlert on the group with its threshold (lagAlertSeconds).',
      sources: [CORE_SOURCES.kafkaMonitoring, CORE_SOURCES.rabbitmqMonitoring, CORE_SOURCES.natsConsumers],
    },
    messages: {
      noLagAlert: 'Consumer group "{group}" has no lag alert: if it stalls, messages pile up in "{channel}" unnoticed.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', lagAlert: false },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', lagAlert: true },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.lagAlert || isEphemeral(group)) continue;
      // A group that reads nothing has no lag (core/consumer-without-source reports it); pushed and dead-letter channels have none to watch.
      const channels = backlogChannels(design, group);
      if (channels.length === 0) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'noLagAlert',
        data: { group: group.name, channel: channels[0].name },
        fix: lagAlertFix(group, channels),
      });
    }
  },
});
