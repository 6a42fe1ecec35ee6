import { docs as kafkaAcksAllForAtLeastOnce } from './acks-all-for-at-least-once.docs';
import { docs as kafkaAcksVsMinIsr } from './acks-vs-min-isr.docs';
import { docs as kafkaAutoCommitWithAsyncProcessing } from './auto-commit-with-async-processing.docs';
import { docs as kafkaAutoCreateTopicsOff } from './auto-create-topics-off.docs';
import { docs as kafkaCommitAfterProcessing } from './commit-after-processing.docs';
import { docs as kafkaCompactionLagOrder } from './compaction-lag-order.docs';
import { docs as kafkaCompactionNeedsKeys } from './compaction-needs-keys.docs';
import { docs as kafkaCooperativeRebalancing } from './cooperative-rebalancing.docs';
import { docs as kafkaDeleteRetentionCoversBootstrap } from './delete-retention-covers-bootstrap.docs';
import { docs as kafkaDeliveryTimeoutGeLingerPlusRequest } from './delivery-timeout-ge-linger-plus-request.docs';
import { docs as kafkaDlqForPoisonRecords } from './dlq-for-poison-records.docs';
import { docs as kafkaExactlyOnceEndToEnd } from './exactly-once-end-to-end.docs';
import { docs as kafkaGlobalOrderSinglePartition } from './global-order-single-partition.docs';
import { docs as kafkaHeartbeatBelowSessionThird } from './heartbeat-below-session-third.docs';
import { docs as kafkaIdempotenceMaxInFlightLe5 } from './idempotence-max-in-flight-le-5.docs';
import { docs as kafkaIdempotenceRequiresAcksAll } from './idempotence-requires-acks-all.docs';
import { docs as kafkaIdempotenceRequiresRetries } from './idempotence-requires-retries.docs';
import { docs as kafkaIdempotenceSilentlyDisabled } from './idempotence-silently-disabled.docs';
import { docs as kafkaIdleConsumers } from './idle-consumers.docs';
import { docs as kafkaKeyRequiredForPerKeyOrdering } from './key-required-for-per-key-ordering.docs';
import { docs as kafkaMaxPollIntervalCoversBatch } from './max-poll-interval-covers-batch.docs';
import { docs as kafkaMinIsrGe2WithAcksAll } from './min-isr-ge-2-with-acks-all.docs';
import { docs as kafkaMinIsrLeReplicationFactor } from './min-isr-le-replication-factor.docs';
import { docs as kafkaMinIsrLtReplicationFactor } from './min-isr-lt-replication-factor.docs';
import { docs as kafkaMinIsrNeedsAcksAll } from './min-isr-needs-acks-all.docs';
import { docs as kafkaNoForcedFlush } from './no-forced-flush.docs';
import { docs as kafkaNoPartitionDecrease } from './no-partition-decrease.docs';
import { docs as kafkaNoReorderingOnRetry } from './no-reordering-on-retry.docs';
import { docs as kafkaOrderingChain } from './ordering-chain.docs';
import { docs as kafkaPartitionCountBudget } from './partition-count-budget.docs';
import { docs as kafkaPartitionGrowthLoss } from './partition-growth-loss.docs';
import { docs as kafkaPartitionIncreaseRemapsKeys } from './partition-increase-remaps-keys.docs';
import { docs as kafkaPartitionsForTargetThroughput } from './partitions-for-target-throughput.docs';
import { docs as kafkaRecordSizeWithinLimits } from './record-size-within-limits.docs';
import { docs as kafkaRemoteAssignorNeedsConsumerProtocol } from './remote-assignor-needs-consumer-protocol.docs';
import { docs as kafkaReplicationFactorGe3 } from './replication-factor-ge-3.docs';
import { docs as kafkaReplicationFactorGt1 } from './replication-factor-gt-1.docs';
import { docs as kafkaReplicationFactorLeBrokers } from './replication-factor-le-brokers.docs';
import { docs as kafkaRequestTimeoutGtReplicaLag } from './request-timeout-gt-replica-lag.docs';
import { docs as kafkaRetentionCoversConsumerLag } from './retention-covers-consumer-lag.docs';
import { docs as kafkaRetentionVsRecovery } from './retention-vs-recovery.docs';
import { docs as kafkaRfVsCluster } from './rf-vs-cluster.docs';
import { docs as kafkaSegmentVsRetentionGranularity } from './segment-vs-retention-granularity.docs';
import { docs as kafkaSessionTimeoutInBrokerRange } from './session-timeout-in-broker-range.docs';
import { docs as kafkaSizeChain } from './size-chain.docs';
import { docs as kafkaTieredStorageConstraints } from './tiered-storage-constraints.docs';
import { docs as kafkaTopicClusterConsistency } from './topic-cluster-consistency.docs';
import { docs as kafkaTopicNameCollision } from './topic-name-collision.docs';
import { docs as kafkaTopicNameNoDotUnderscoreMix } from './topic-name-no-dot-underscore-mix.docs';
import { docs as kafkaTopicNameValid } from './topic-name-valid.docs';
import { docs as kafkaTransactionTimeoutLeBrokerMax } from './transaction-timeout-le-broker-max.docs';
import { docs as kafkaTransactionalIdRequiresIdempotence } from './transactional-id-requires-idempotence.docs';
import { docs as kafkaTransactionalIdUnique } from './transactional-id-unique.docs';
import { docs as kafkaTransactionsNeedThreeBrokers } from './transactions-need-three-brokers.docs';
import { docs as kafkaTxnInfra } from './txn-infra.docs';
import { docs as kafkaUncleanLeaderElectionDisabled } from './unclean-leader-election-disabled.docs';
import { docs as kafkaUnknownSetting } from './unknown-setting.docs';
import type { FamilyDocs } from '../rule-docs';

/** The kafka family's docs, one line per rule; the type requires every `kafka/` rule and allows no other. */
export const kafkaDocs: FamilyDocs<'kafka'> = {
  'kafka/acks-all-for-at-least-once': kafkaAcksAllForAtLeastOnce,
  'kafka/acks-vs-min-isr': kafkaAcksVsMinIsr,
  'kafka/auto-commit-with-async-processing': kafkaAutoCommitWithAsyncProcessing,
  'kafka/auto-create-topics-off': kafkaAutoCreateTopicsOff,
  'kafka/commit-after-processing': kafkaCommitAfterProcessing,
  'kafka/compaction-lag-order': kafkaCompactionLagOrder,
  'kafka/compaction-needs-keys': kafkaCompactionNeedsKeys,
  'kafka/cooperative-rebalancing': kafkaCooperativeRebalancing,
  'kafka/delete-retention-covers-bootstrap': kafkaDeleteRetentionCoversBootstrap,
  'kafka/delivery-timeout-ge-linger-plus-request': kafkaDeliveryTimeoutGeLingerPlusRequest,
  'kafka/dlq-for-poison-records': kafkaDlqForPoisonRecords,
  'kafka/exactly-once-end-to-end': kafkaExactlyOnceEndToEnd,
  'kafka/global-order-single-partition': kafkaGlobalOrderSinglePartition,
  'kafka/heartbeat-below-session-third': kafkaHeartbeatBelowSessionThird,
  'kafka/idempotence-max-in-flight-le-5': kafkaIdempotenceMaxInFlightLe5,
  'kafka/idempotence-requires-acks-all': kafkaIdempotenceRequiresAcksAll,
  'kafka/idempotence-requires-retries': kafkaIdempotenceRequiresRetries,
  'kafka/idempotence-silently-disabled': kafkaIdempotenceSilentlyDisabled,
  'kafka/idle-consumers': kafkaIdleConsumers,
  'kafka/key-required-for-per-key-ordering': kafkaKeyRequiredForPerKeyOrdering,
  'kafka/max-poll-interval-covers-batch': kafkaMaxPollIntervalCoversBatch,
  'kafka/min-isr-ge-2-with-acks-all': kafkaMinIsrGe2WithAcksAll,
  'kafka/min-isr-le-replication-factor': kafkaMinIsrLeReplicationFactor,
  'kafka/min-isr-lt-replication-factor': kafkaMinIsrLtReplicationFactor,
  'kafka/min-isr-needs-acks-all': kafkaMinIsrNeedsAcksAll,
  'kafka/no-forced-flush': kafkaNoForcedFlush,
  'kafka/no-partition-decrease': kafkaNoPartitionDecrease,
  'kafka/no-reordering-on-retry': kafkaNoReorderingOnRetry,
  'kafka/ordering-chain': kafkaOrderingChain,
  'kafka/partition-count-budget': kafkaPartitionCountBudget,
  'kafka/partition-growth-loss': kafkaPartitionGrowthLoss,
  'kafka/partition-increase-remaps-keys': kafkaPartitionIncreaseRemapsKeys,
  'kafka/partitions-for-target-throughput': kafkaPartitionsForTargetThroughput,
  'kafka/record-size-within-limits': kafkaRecordSizeWithinLimits,
  'kafka/remote-assignor-needs-consumer-protocol': kafkaRemoteAssignorNeedsConsumerProtocol,
  'kafka/replication-factor-ge-3': kafkaReplicationFactorGe3,
  'kafka/replication-factor-gt-1': kafkaReplicationFactorGt1,
  'kafka/replication-factor-le-brokers': kafkaReplicationFactorLeBrokers,
  'kafka/request-timeout-gt-replica-lag': kafkaRequestTimeoutGtReplicaLag,
  'kafka/retention-covers-consumer-lag': kafkaRetentionCoversConsumerLag,
  'kafka/retention-vs-recovery': kafkaRetentionVsRecovery,
  'kafka/rf-vs-cluster': kafkaRfVsCluster,
  'kafka/segment-vs-retention-granularity': kafkaSegmentVsRetentionGranularity,
  'kafka/session-timeout-in-broker-range': kafkaSessionTimeoutInBrokerRange,
  'kafka/size-chain': kafkaSizeChain,
  'kafka/tiered-storage-constraints': kafkaTieredStorageConstraints,
  'kafka/topic-cluster-consistency': kafkaTopicClusterConsistency,
  'kafka/topic-name-collision': kafkaTopicNameCollision,
  'kafka/topic-name-no-dot-underscore-mix': kafkaTopicNameNoDotUnderscoreMix,
  'kafka/topic-name-valid': kafkaTopicNameValid,
  'kafka/transaction-timeout-le-broker-max': kafkaTransactionTimeoutLeBrokerMax,
  'kafka/transactional-id-requires-idempotence': kafkaTransactionalIdRequiresIdempotence,
  'kafka/transactional-id-unique': kafkaTransactionalIdUnique,
  'kafka/transactions-need-three-brokers': kafkaTransactionsNeedThreeBrokers,
  'kafka/txn-infra': kafkaTxnInfra,
  'kafka/unclean-leader-election-disabled': kafkaUncleanLeaderElectionDisabled,
  'kafka/unknown-setting': kafkaUnknownSetting,
};
