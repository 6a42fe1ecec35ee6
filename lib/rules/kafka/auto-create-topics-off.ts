import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { brokerBoolean, BROKER_SETTINGS, isKafkaCluster } from '../../brokers/kafka/broker-settings';
import { setBrokerSetting } from './_cluster-fixes';

export const autoCreateTopicsOff = defineRule({
  meta: {
    id: 'kafka/auto-create-topics-off',
    category: 'operability',
    severity: 'warning',
    reads: ['kafka-topic'],
    summary: 'A production Kafka cluster should not create topics automatically.',
    messages: {
      autoCreate:
        'Production cluster "{cluster}" creates topics automatically ({setting}={value}{inherited}): a mistyped topic name silently gets a new topic with 1 partition and the broker\'s default replication.',
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
