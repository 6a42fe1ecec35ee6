import { docs as coreClusterBrokerMismatch } from './cluster-broker-mismatch.docs';
import { docs as coreConsumerLagMonitored } from './consumer-lag-monitored.docs';
import { docs as coreConsumerWithoutSource } from './consumer-without-source.docs';
import { docs as coreConsumersKeepUp } from './consumers-keep-up.docs';
import { docs as coreDanglingConnection } from './dangling-connection.docs';
import { docs as coreDeadLetterCycle } from './dead-letter-cycle.docs';
import { docs as coreDlqDurabilityGeSource } from './dlq-durability-ge-source.docs';
import { docs as coreDlqMonitored } from './dlq-monitored.docs';
import { docs as coreIdempotentConsumerForAtLeastOnce } from './idempotent-consumer-for-at-least-once.docs';
import { docs as coreInvalidConnection } from './invalid-connection.docs';
import { docs as coreMessageSchemaVersioned } from './message-schema-versioned.docs';
import { docs as coreOutageBacklogFits } from './outage-backlog-fits.docs';
import { docs as coreProducerWithoutTarget } from './producer-without-target.docs';
import { docs as coreRetentionFitsDisk } from './retention-fits-disk.docs';
import { docs as coreSchemaRegistryForBinaryFormats } from './schema-registry-for-binary-formats.docs';
import { docs as coreUnconsumedChannel } from './unconsumed-channel.docs';
import { docs as coreUnusedCluster } from './unused-cluster.docs';
import type { FamilyDocs } from '../rule-docs';

/** The core family's docs, one line per rule; the type requires every `core/` rule and allows no other. */
export const coreDocs: FamilyDocs<'core'> = {
  'core/cluster-broker-mismatch': coreClusterBrokerMismatch,
  'core/consumer-lag-monitored': coreConsumerLagMonitored,
  'core/consumer-without-source': coreConsumerWithoutSource,
  'core/consumers-keep-up': coreConsumersKeepUp,
  'core/dangling-connection': coreDanglingConnection,
  'core/dead-letter-cycle': coreDeadLetterCycle,
  'core/dlq-durability-ge-source': coreDlqDurabilityGeSource,
  'core/dlq-monitored': coreDlqMonitored,
  'core/idempotent-consumer-for-at-least-once': coreIdempotentConsumerForAtLeastOnce,
  'core/invalid-connection': coreInvalidConnection,
  'core/message-schema-versioned': coreMessageSchemaVersioned,
  'core/outage-backlog-fits': coreOutageBacklogFits,
  'core/retention-fits-disk': coreRetentionFitsDisk,
  'core/producer-without-target': coreProducerWithoutTarget,
  'core/schema-registry-for-binary-formats': coreSchemaRegistryForBinaryFormats,
  'core/unconsumed-channel': coreUnconsumedChannel,
  'core/unused-cluster': coreUnusedCluster,
};
