import type { Rule } from '../rule';
import { acksAllForAtLeastOnce } from './acks-all-for-at-least-once';
import { acksVsMinIsr } from './acks-vs-min-isr';
import { autoCommitWithAsyncProcessing } from './auto-commit-with-async-processing';
import { autoCreateTopicsOff } from './auto-create-topics-off';
import { commitAfterProcessing } from './commit-after-processing';
import { compactionLagOrder } from './compaction-lag-order';
import { compactionNeedsKeys } from './compaction-needs-keys';
import { cooperativeRebalancing } from './cooperative-rebalancing';
import { deleteRetentionCoversBootstrap } from './delete-retention-covers-bootstrap';
import { deliveryTimeoutGeLingerPlusRequest } from './delivery-timeout-ge-linger-plus-request';
import { dlqForPoisonRecords } from './dlq-for-poison-records';
import { exactlyOnceEndToEnd } from './exactly-once-end-to-end';
import { globalOrderSinglePartition } from './global-order-single-partition';
import { heartbeatBelowSessionThird } from './heartbeat-below-session-third';
import { idempotenceMaxInFlightLe5 } from './idempotence-max-in-flight-le-5';
import { idempotenceRequiresAcksAll } from './idempotence-requires-acks-all';
import { idempotenceRequiresRetries } from './idempotence-requires-retries';
import { idempotenceSilentlyDisabled } from './idempotence-silently-disabled';
import { idleConsumers } from './idle-consumers';
import { keyRequiredForPerKeyOrdering } from './key-required-for-per-key-ordering';
import { maxPollIntervalCoversBatch } from './max-poll-interval-covers-batch';
import { minIsrGe2WithAcksAll } from './min-isr-ge-2-with-acks-all';
import { minIsrLeReplicationFactor } from './min-isr-le-replication-factor';
import { minIsrLtReplicationFactor } from './min-isr-lt-replication-factor';
import { minIsrNeedsAcksAll } from './min-isr-needs-acks-all';
import { noForcedFlush } from './no-forced-flush';
import { noPartitionDecrease } from './no-partition-decrease';
import { noReorderingOnRetry } from './no-reordering-on-retry';
import { orderingChain } from './ordering-chain';
import { partitionCountBudget } from './partition-count-budget';
import { partitionGrowthLoss } from './partition-growth-loss';
import { partitionIncreaseRemapsKeys } from './partition-increase-remaps-keys';
import { partitionsForTargetThroughput } from './partitions-for-target-throughput';
import { recordSizeWithinLimits } from './record-size-within-limits';
import { remoteAssignorNeedsConsumerProtocol } from './remote-assignor-needs-consumer-protocol';
import { replicationFactorGe3 } from './replication-factor-ge-3';
import { replicationFactorGt1 } from './replication-factor-gt-1';
import { replicationFactorLeBrokers } from './replication-factor-le-brokers';
import { requestTimeoutGtReplicaLag } from './request-timeout-gt-replica-lag';
import { retentionCoversConsumerLag } from './retention-covers-consumer-lag';
import { retentionVsRecovery } from './retention-vs-recovery';
import { rfVsCluster } from './rf-vs-cluster';
import { segmentVsRetentionGranularity } from './segment-vs-retention-granularity';
import { sessionTimeoutInBrokerRange } from './session-timeout-in-broker-range';
import { sizeChain } from './size-chain';
import { tieredStorageConstraints } from './tiered-storage-constraints';
import { topicClusterConsistency } from './topic-cluster-consistency';
import { topicNameCollision } from './topic-name-collision';
import { topicNameNoDotUnderscoreMix } from './topic-name-no-dot-underscore-mix';
import { topicNameValid } from './topic-name-valid';
import { transactionTimeoutLeBrokerMax } from './transaction-timeout-le-broker-max';
import { transactionalIdRequiresIdempotence } from './transactional-id-requires-idempotence';
import { transactionalIdUnique } from './transactional-id-unique';
import { transactionsNeedThreeBrokers } from './transactions-need-three-brokers';
import { txnInfra } from './txn-infra';
import { uncleanLeaderElectionDisabled } from './unclean-leader-election-disabled';
import { unknownSetting } from './unknown-setting';

/** The Kafka family (topics on Apache Kafka or Redpanda clusters), in id order. */
export const kafkaRules = [
  acksAllForAtLeastOnce,
  acksVsMinIsr,
  autoCommitWithAsyncProcessing,
  autoCreateTopicsOff,
  commitAfterProcessing,
  compactionLagOrder,
  compactionNeedsKeys,
  cooperativeRebalancing,
  deleteRetentionCoversBootstrap,
  deliveryTimeoutGeLingerPlusRequest,
  dlqForPoisonRecords,
  exactlyOnceEndToEnd,
  globalOrderSinglePartition,
  heartbeatBelowSessionThird,
  idempotenceMaxInFlightLe5,
  idempotenceRequiresAcksAll,
  idempotenceRequiresRetries,
  idempotenceSilentlyDisabled,
  idleConsumers,
  keyRequiredForPerKeyOrdering,
  maxPollIntervalCoversBatch,
  minIsrGe2WithAcksAll,
  minIsrLeReplicationFactor,
  minIsrLtReplicationFactor,
  minIsrNeedsAcksAll,
  noForcedFlush,
  noPartitionDecrease,
  noReorderingOnRetry,
  orderingChain,
  partitionCountBudget,
  partitionGrowthLoss,
  partitionIncreaseRemapsKeys,
  partitionsForTargetThroughput,
  recordSizeWithinLimits,
  remoteAssignorNeedsConsumerProtocol,
  replicationFactorGe3,
  replicationFactorGt1,
  replicationFactorLeBrokers,
  requestTimeoutGtReplicaLag,
  retentionCoversConsumerLag,
  retentionVsRecovery,
  rfVsCluster,
  segmentVsRetentionGranularity,
  sessionTimeoutInBrokerRange,
  sizeChain,
  tieredStorageConstraints,
  topicClusterConsistency,
  topicNameCollision,
  topicNameNoDotUnderscoreMix,
  topicNameValid,
  transactionTimeoutLeBrokerMax,
  transactionalIdRequiresIdempotence,
  transactionalIdUnique,
  transactionsNeedThreeBrokers,
  txnInfra,
  uncleanLeaderElectionDisabled,
  unknownSetting,
] as const satisfies readonly Rule[];
