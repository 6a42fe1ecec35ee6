import type { Rule } from '../rule';
import { clusterBrokerMismatch } from './cluster-broker-mismatch';
import { consumerLagMonitored } from './consumer-lag-monitored';
import { consumersKeepUp } from './consumers-keep-up';
import { consumerWithoutSource } from './consumer-without-source';
import { danglingConnection } from './dangling-connection';
import { deadLetterCycle } from './dead-letter-cycle';
import { dlqDurabilityGeSource } from './dlq-durability-ge-source';
import { dlqMonitored } from './dlq-monitored';
import { idempotentConsumerForAtLeastOnce } from './idempotent-consumer-for-at-least-once';
import { invalidConnection } from './invalid-connection';
import { messageSchemaVersioned } from './message-schema-versioned';
import { outageBacklogFits } from './outage-backlog-fits';
import { producerWithoutTarget } from './producer-without-target';
import { retentionFitsDisk } from './retention-fits-disk';
import { schemaRegistryForBinaryFormats } from './schema-registry-for-binary-formats';
import { unconsumedChannel } from './unconsumed-channel';
import { unusedCluster } from './unused-cluster';

export const coreRules = [
  // Graph hygiene.
  danglingConnection,
  invalidConnection,
  clusterBrokerMismatch,
  unusedCluster,
  producerWithoutTarget,
  consumerWithoutSource,
  unconsumedChannel,
  // Dead letters.
  deadLetterCycle,
  dlqMonitored,
  dlqDurabilityGeSource,
  // The review checklist: idempotency, lag monitoring, schemas.
  idempotentConsumerForAtLeastOnce,
  consumerLagMonitored,
  messageSchemaVersioned,
  schemaRegistryForBinaryFormats,
  // Capacity: what the declared rates ask of consumers and channels.
  consumersKeepUp,
  outageBacklogFits,
  retentionFitsDisk,
] as const satisfies readonly Rule[];
