import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { brokerBoolean, BROKER_SETTINGS, isKafkaCluster } from '../../brokers/kafka/broker-settings';
import { setBrokerSetting } from './_cluster-fixes';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

export const autoCreateTopicsOff = defineRule({
  meta: {
    id: 'kafka/auto-create-topics-off',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A production Kafka cluster should not create topics automatically.',
      rationale:
        'With automatic topic creation, a producer or consumer that names a topic that does not exist (a typo, an old name) creates it on the spot with the broker defaults: num.partitions=1 and default.replication.factor, not the partitions, replication and retention designed here. Apache Kafka enables auto.create.topics.enable by default; Redpanda disables auto_create_topics_enabled by default.',
      howToFix: 'Set auto.create.topics.enable=false (Redpanda: auto_create_topics_enabled=false) and create topics explicitly from the design, for example with topicctl or Strimzi KafkaTopic resources.',
      sources: [KAFKA_SOURCES.serverLogConfigsSource, KAFKA_SOURCES.brokerConfigs, KAFKA_SOURCES.redpandaClusterProperties],
    },
    messages: {
      autoCreate:
        'Production cluster "{cluster}" creates topics automatically ({setting}={value}{inherited}): a mistyped topic name silently gets a new topic with 1 partition and the broker\'s default replication.',
    },
    examples: {
      failing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka' }],
        nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka' }],
      }),
      passing: exampleDesign({
        clusters: [{ id: 'kafka', broker: 'kafka', config: { 'auto.create.topics.enable': false } }],
        nodes: [{ kind: 'kafka-topic', id: 'orders', cluster: 'kafka' }],
      }),
    },
  },
  check({ design, report }) {
    const hosting = new Set(nodesOfKind(design, 'kafka-topic').map((t) => t.cluster));
    for (const cluster of design.clusters) {
      if (!isKafkaCluster(cluster) || cluster.environment !== 'production' || !hosting.has(cluster.id)) continue;
      const setting = brokerBoolean(cluster, BROKER_SETTINGS.autoCreateTopics)!;
      if (!setting.value) continue;
      report({
        target: { type: 'design' },
        messageId: 'autoCreate',
        data: { cluster: cluster.name, setting: setting.name, value: 'true', inherited: setting.declared ? '' : ', the default' },
        fix: { label: `Set ${setting.name}=false on "${cluster.name}"`, apply: (d) => setBrokerSetting(d, cluster.id, setting.name, false) },
      });
    }
  },
});
