import { clusterOf, nodesOfKind,  patchNode } from '../../design';
import { defineRule } from '../rule';
import { brokerNumber, BROKER_SETTINGS, flavourOf } from '../../brokers/kafka/broker-settings';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';
import { kafkaTopicsPublishedBy } from './_topics';


export const requestTimeoutGtReplicaLag = defineRule({
  meta: {
    id: 'kafka/request-timeout-gt-replica-lag',
    category: 'delivery',
    severity: 'info',
    docs: {
      summary: 'A producer\'s request.timeout.ms should be larger than the broker\'s replica.lag.time.max.ms.',
      rationale:
        'With acks=all the leader answers only once the in-sync replicas have the write; a slow follower is dropped from the ISR only after replica.lag.time.max.ms. A producer that gives up sooner retries a write that is about to succeed, which adds duplicates. The producer docs say request.timeout.ms "should be larger than replica.lag.time.max.ms". Apache Kafka ships both at 30000 ms, so this rule speaks only when one of them is set in the design. Redpanda replicates with Raft and has no such setting.',
      howToFix: 'Raise request.timeout.ms above the broker\'s replica.lag.time.max.ms (or lower the broker setting).',
      sources: [KAFKA_SOURCES.producerConfigs, KAFKA_SOURCES.brokerConfigs],
    },
    messages: {
      tooShort:
        'Producer "{producer}" has request.timeout.ms={request}, not above replica.lag.time.max.ms={lag} of cluster "{cluster}": it can time out and retry writes that were about to succeed, adding duplicates.',
    },
    examples: {
      failing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka' }],
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { 'request.timeout.ms': 10000 } },
          { kind: 'kafka-topic', id: 'orders', cluster: 'kafka' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
      passing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka' }],
        nodes: [
          { kind: 'producer', id: 'orders-api', kafka: { 'request.timeout.ms': 45000 } },
          { kind: 'kafka-topic', id: 'orders', cluster: 'kafka' },
        ],
        connections: [['orders-api', 'orders', 'publish']],
      }),
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
