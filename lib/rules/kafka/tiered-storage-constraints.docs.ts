import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { KAFKA_SOURCES } from './_sources';

/** The docs and examples of `kafka/tiered-storage-constraints`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A broker refuses remote.storage.enable=true unless the cluster runs tiered storage (remote.log.storage.system.enable=true with a remote storage manager), so a tiered topic on a declared cluster needs that setting in the cluster's config. Kafka's LogConfig rejects a topic with remote.storage.enable=true whose cleanup.policy is not delete (compacted topics cannot be tiered), or whose local retention (local.retention.ms / .bytes) keeps more than the total retention (retention.ms / .bytes), including unlimited local retention under a finite total. Local retention without remote storage has no meaning, and topicctl refuses it. (Redpanda tiers with its own redpanda.remote.* properties, so Redpanda topics are not checked.)",
  howToFix:
    'Declare remote.log.storage.system.enable=true in the config of a cluster that runs tiered storage. Use cleanup.policy=delete for tiered topics, keep local retention at or below total retention (-2 means "same as total"), and set local retention only with remote.storage.enable=true.',
  sources: [KAFKA_SOURCES.logConfigSource, KAFKA_SOURCES.topicctlTopic],
  examples: {
    failing: exampleDesign({
      nodes: [{ kind: 'kafka-topic', id: 'events', config: { 'remote.storage.enable': true, 'retention.ms': 604800000, 'local.retention.ms': 1209600000 } }],
    }),
    passing: exampleDesign({
      nodes: [{ kind: 'kafka-topic', id: 'events', config: { 'remote.storage.enable': true, 'retention.ms': 2592000000, 'local.retention.ms': 86400000 } }],
    }),
  },
};
