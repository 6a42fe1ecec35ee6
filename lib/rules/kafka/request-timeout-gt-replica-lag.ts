import { clusterOf, nodesOfKind, patchNode } from '../../design';
import { defineRule } from '../rule';
import { brokerNumber, BROKER_SETTINGS, flavourOf } from '../../brokers/kafka/broker-settings';
import { kafkaTopicsPublishedBy } from './_topics';

export const requestTimeoutGtReplicaLag = defineRule({
  meta: {
    id: 'kafka/request-timeout-gt-replica-lag',
    category: 'delivery',
    severity: 'info',
    reads: ['producer', 'kafka-topic'],
    summary: "A producer's request.timeout.ms should be larger than the broker's replica.lag.time.max.ms.",
    messages: {
      tooShort:
        'Producer "{producer}" has request.timeout.ms={request}, not above replica.lag.time.max.ms={lag} of cluster "{cluster}": it can time out and retry writes that were about to succeed, adding duplicates.',
    },
  },
  check({ design, source, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      const declaredRequest = source(producer.id, 'kafka.request.timeout.ms')?.origin === 'design';
      const request = producer.kafka['request.timeout.ms'];
      // The strictest replica lag among the Kafka clusters this producer writes to.
      let worst: { lag: number; cluster: string; declared: boolean } | undefined;
      for (const topic of kafkaTopicsPublishedBy(design, producer.id)) {
        if (flavourOf(design, topic) !== 'kafka') continue;
        const cluster = clusterOf(design, topic);
        const lag = brokerNumber(cluster, BROKER_SETTINGS.replicaLagTimeMaxMs)!;
        if (!worst || lag.value > worst.lag) worst = { lag: lag.value, cluster: cluster?.name ?? 'default', declared: lag.declared };
      }
      if (!worst || request > worst.lag) continue;
      // Kafka's own defaults are equal; only a setting someone chose is worth a finding.
      if (!declaredRequest && !worst.declared) continue;
      const raised = worst.lag + 15_000;
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'tooShort',
        data: { producer: producer.name, request, lag: worst.lag, cluster: worst.cluster },
        fix: {
          label: `Set request.timeout.ms=${raised}`,
          apply: (d) => {
            const delivery = producer.kafka['delivery.timeout.ms'];
            const linger = producer.kafka['linger.ms'];
            // Keep delivery.timeout.ms >= linger.ms + request.timeout.ms, or the client would reject the result.
            const kafka: Record<string, number> = { 'request.timeout.ms': raised };
            if (delivery < raised + linger) kafka['delivery.timeout.ms'] = raised + linger;
            return patchNode(d, producer.id, { kafka });
          },
        },
      });
    }
  },
});
