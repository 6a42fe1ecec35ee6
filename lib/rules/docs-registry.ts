import { docs as artemisMaxConsumersCoversConsumers } from './artemis/max-consumers-covers-consumers.docs';
import { docs as artemisAddressFullPolicyDrop } from './artemis/address-full-policy-drop.docs';
import { docs as artemisDeadLetterAddressHasQueue } from './artemis/dead-letter-address-has-queue.docs';
import { docs as artemisDeadLetterAddressSet } from './artemis/dead-letter-address-set.docs';
import { docs as artemisDurableQueueForAtLeastOnce } from './artemis/durable-queue-for-at-least-once.docs';
import { docs as artemisOrderingNeedsGroupsOrExclusive } from './artemis/ordering-needs-groups-or-exclusive.docs';
import { docs as artemisRedeliveryDelayForRetries } from './artemis/redelivery-delay-for-retries.docs';
import { docs as cloudeventsBinaryModeOnCompactedTopic } from './cloudevents/binary-mode-on-compacted-topic.docs';
import { docs as cloudeventsBinaryModeWithoutBinding } from './cloudevents/binary-mode-without-binding.docs';
import { docs as cloudeventsHeadersRoutingInStructuredMode } from './cloudevents/headers-routing-in-structured-mode.docs';
import { docs as cloudeventsTypeReverseDns } from './cloudevents/type-reverse-dns.docs';
import { docs as kafkaAcksAllForAtLeastOnce } from './kafka/acks-all-for-at-least-once.docs';
import { docs as kafkaAcksVsMinIsr } from './kafka/acks-vs-min-isr.docs';
import { docs as kafkaAutoCommitWithAsyncProcessing } from './kafka/auto-commit-with-async-processing.docs';
import { docs as kafkaAutoCreateTopicsOff } from './kafka/auto-create-topics-off.docs';
import { docs as kafkaCommitAfterProcessing } from './kafka/commit-after-processing.docs';
import { docs as kafkaCompactionLagOrder } from './kafka/compaction-lag-order.docs';
import { docs as kafkaCompactionNeedsKeys } from './kafka/compaction-needs-keys.docs';
import { docs as kafkaCooperativeRebalancing } from './kafka/cooperative-rebalancing.docs';
import { docs as kafkaDeleteRetentionCoversBootstrap } from './kafka/delete-retention-covers-bootstrap.docs';
import { docs as kafkaDeliveryTimeoutGeLingerPlusRequest } from './kafka/delivery-timeout-ge-linger-plus-request.docs';
import { docs as kafkaDlqForPoisonRecords } from './kafka/dlq-for-poison-records.docs';
import { docs as kafkaExactlyOnceEndToEnd } from './kafka/exactly-once-end-to-end.docs';
import { docs as kafkaGlobalOrderSinglePartition } from './kafka/global-order-single-partition.docs';
import { docs as kafkaHeartbeatBelowSessionThird } from './kafka/heartbeat-below-session-third.docs';
import { docs as kafkaIdempotenceMaxInFlightLe5 } from './kafka/idempotence-max-in-flight-le-5.docs';
import { docs as kafkaIdempotenceRequiresAcksAll } from './kafka/idempotence-requires-acks-all.docs';
import { docs as kafkaIdempotenceRequiresRetries } from './kafka/idempotence-requires-retries.docs';
import { docs as kafkaIdempotenceSilentlyDisabled } from './kafka/idempotence-silently-disabled.docs';
import { docs as kafkaIdleConsumers } from './kafka/idle-consumers.docs';
import { docs as kafkaKeyRequiredForPerKeyOrdering } from './kafka/key-required-for-per-key-ordering.docs';
import { docs as kafkaMaxPollIntervalCoversBatch } from './kafka/max-poll-interval-covers-batch.docs';
import { docs as kafkaMinIsrGe2WithAcksAll } from './kafka/min-isr-ge-2-with-acks-all.docs';
import { docs as kafkaMinIsrLeReplicationFactor } from './kafka/min-isr-le-replication-factor.docs';
import { docs as kafkaMinIsrLtReplicationFactor } from './kafka/min-isr-lt-replication-factor.docs';
import { docs as kafkaMinIsrNeedsAcksAll } from './kafka/min-isr-needs-acks-all.docs';
import { docs as kafkaNoForcedFlush } from './kafka/no-forced-flush.docs';
import { docs as kafkaNoPartitionDecrease } from './kafka/no-partition-decrease.docs';
import { docs as kafkaNoReorderingOnRetry } from './kafka/no-reordering-on-retry.docs';
import { docs as kafkaOrderingChain } from './kafka/ordering-chain.docs';
import { docs as kafkaPartitionCountBudget } from './kafka/partition-count-budget.docs';
import { docs as kafkaPartitionGrowthLoss } from './kafka/partition-growth-loss.docs';
import { docs as kafkaPartitionIncreaseRemapsKeys } from './kafka/partition-increase-remaps-keys.docs';
import { docs as kafkaPartitionsForTargetThroughput } from './kafka/partitions-for-target-throughput.docs';
import { docs as kafkaRecordSizeWithinLimits } from './kafka/record-size-within-limits.docs';
import { docs as kafkaRemoteAssignorNeedsConsumerProtocol } from './kafka/remote-assignor-needs-consumer-protocol.docs';
import { docs as kafkaReplicationFactorGe3 } from './kafka/replication-factor-ge-3.docs';
import { docs as kafkaReplicationFactorGt1 } from './kafka/replication-factor-gt-1.docs';
import { docs as kafkaReplicationFactorLeBrokers } from './kafka/replication-factor-le-brokers.docs';
import { docs as kafkaRequestTimeoutGtReplicaLag } from './kafka/request-timeout-gt-replica-lag.docs';
import { docs as kafkaRetentionCoversConsumerLag } from './kafka/retention-covers-consumer-lag.docs';
import { docs as kafkaRetentionVsRecovery } from './kafka/retention-vs-recovery.docs';
import { docs as kafkaRfVsCluster } from './kafka/rf-vs-cluster.docs';
import { docs as kafkaSegmentVsRetentionGranularity } from './kafka/segment-vs-retention-granularity.docs';
import { docs as kafkaSessionTimeoutInBrokerRange } from './kafka/session-timeout-in-broker-range.docs';
import { docs as kafkaSizeChain } from './kafka/size-chain.docs';
import { docs as kafkaTieredStorageConstraints } from './kafka/tiered-storage-constraints.docs';
import { docs as kafkaTopicClusterConsistency } from './kafka/topic-cluster-consistency.docs';
import { docs as kafkaTopicNameCollision } from './kafka/topic-name-collision.docs';
import { docs as kafkaTopicNameNoDotUnderscoreMix } from './kafka/topic-name-no-dot-underscore-mix.docs';
import { docs as kafkaTopicNameValid } from './kafka/topic-name-valid.docs';
import { docs as kafkaTransactionTimeoutLeBrokerMax } from './kafka/transaction-timeout-le-broker-max.docs';
import { docs as kafkaTransactionalIdRequiresIdempotence } from './kafka/transactional-id-requires-idempotence.docs';
import { docs as kafkaTransactionalIdUnique } from './kafka/transactional-id-unique.docs';
import { docs as kafkaTransactionsNeedThreeBrokers } from './kafka/transactions-need-three-brokers.docs';
import { docs as kafkaTxnInfra } from './kafka/txn-infra.docs';
import { docs as kafkaUncleanLeaderElectionDisabled } from './kafka/unclean-leader-election-disabled.docs';
import { docs as kafkaUnknownSetting } from './kafka/unknown-setting.docs';
import { docs as connectCdcSourceNeedsKey } from './connect/cdc-source-needs-key.docs';
import { docs as connectConverterMatchesTopicSchema } from './connect/converter-matches-topic-schema.docs';
import { docs as connectConverterNeedsSchemaRegistry } from './connect/converter-needs-schema-registry.docs';
import { docs as connectSinkTasksAbovePartitions } from './connect/sink-tasks-above-partitions.docs';
import { docs as connectToleranceAllNeedsDlq } from './connect/tolerance-all-needs-dlq.docs';
import { docs as rabbitmqBindingMatchesNoPublisher } from './rabbitmq/binding-matches-no-publisher.docs';
import { docs as rabbitmqBoundedPrefetch } from './rabbitmq/bounded-prefetch.docs';
import { docs as rabbitmqClusterOddNodeCount } from './rabbitmq/cluster-odd-node-count.docs';
import { docs as rabbitmqConsumerTimeoutCoversProcessing } from './rabbitmq/consumer-timeout-covers-processing.docs';
import { docs as rabbitmqDlxAtLeastOnceStrategy } from './rabbitmq/dlx-at-least-once-strategy.docs';
import { docs as rabbitmqDlxExchangeDeclared } from './rabbitmq/dlx-exchange-declared.docs';
import { docs as rabbitmqDlxGraph } from './rabbitmq/dlx-graph.docs';
import { docs as rabbitmqDlxNoSilentCycle } from './rabbitmq/dlx-no-silent-cycle.docs';
import { docs as rabbitmqDlxRoutable } from './rabbitmq/dlx-routable.docs';
import { docs as rabbitmqDlxWhenMessagesCanDie } from './rabbitmq/dlx-when-messages-can-die.docs';
import { docs as rabbitmqDurableExchanges } from './rabbitmq/durable-exchanges.docs';
import { docs as rabbitmqDurableQueueAndPersistentMessages } from './rabbitmq/durable-queue-and-persistent-messages.docs';
import { docs as rabbitmqHashBindingFanout } from './rabbitmq/hash-binding-fanout.docs';
import { docs as rabbitmqHeartbeatNotTooLow } from './rabbitmq/heartbeat-not-too-low.docs';
import { docs as rabbitmqLazyModeIgnored } from './rabbitmq/lazy-mode-ignored.docs';
import { docs as rabbitmqManualAckForAtLeastOnce } from './rabbitmq/manual-ack-for-at-least-once.docs';
import { docs as rabbitmqMaxLengthDropHeadSilent } from './rabbitmq/max-length-drop-head-silent.docs';
import { docs as rabbitmqNoClassicMirroring } from './rabbitmq/no-classic-mirroring.docs';
import { docs as rabbitmqNoGlobalQos } from './rabbitmq/no-global-qos.docs';
import { docs as rabbitmqNoPollingConsumers } from './rabbitmq/no-polling-consumers.docs';
import { docs as rabbitmqNoTransientNonExclusiveQueues } from './rabbitmq/no-transient-non-exclusive-queues.docs';
import { docs as rabbitmqOrderedQueueSingleActiveConsumer } from './rabbitmq/ordered-queue-single-active-consumer.docs';
import { docs as rabbitmqOrderingChain } from './rabbitmq/ordering-chain.docs';
import { docs as rabbitmqOrderingNoPriorities } from './rabbitmq/ordering-no-priorities.docs';
import { docs as rabbitmqOrderingSinglePublishingChannel } from './rabbitmq/ordering-single-publishing-channel.docs';
import { docs as rabbitmqOverflowVsConfirms } from './rabbitmq/overflow-vs-confirms.docs';
import { docs as rabbitmqPersistencePairing } from './rabbitmq/persistence-pairing.docs';
import { docs as rabbitmqPoisonPath } from './rabbitmq/poison-path.docs';
import { docs as rabbitmqPrefetchOneThroughput } from './rabbitmq/prefetch-one-throughput.docs';
import { docs as rabbitmqPriorityRange } from './rabbitmq/priority-range.docs';
import { docs as rabbitmqPublisherConfirmsForAtLeastOnce } from './rabbitmq/publisher-confirms-for-at-least-once.docs';
import { docs as rabbitmqQosVsQueueType } from './rabbitmq/qos-vs-queue-type.docs';
import { docs as rabbitmqQqDeliveryLimitEnabled } from './rabbitmq/qq-delivery-limit-enabled.docs';
import { docs as rabbitmqQqDeliveryLimitPrefetchGroup } from './rabbitmq/qq-delivery-limit-prefetch-group.docs';
import { docs as rabbitmqQqNoRejectPublishDlx } from './rabbitmq/qq-no-reject-publish-dlx.docs';
import { docs as rabbitmqQqPrefetchCap } from './rabbitmq/qq-prefetch-cap.docs';
import { docs as rabbitmqQqVsCluster } from './rabbitmq/qq-vs-cluster.docs';
import { docs as rabbitmqQueueExpiryNotDeadLettered } from './rabbitmq/queue-expiry-not-dead-lettered.docs';
import { docs as rabbitmqQueueNameLength } from './rabbitmq/queue-name-length.docs';
import { docs as rabbitmqQuorumGroupSize } from './rabbitmq/quorum-group-size.docs';
import { docs as rabbitmqQuorumNotForTemporary } from './rabbitmq/quorum-not-for-temporary.docs';
import { docs as rabbitmqQuorumQueueDurableNonExclusive } from './rabbitmq/quorum-queue-durable-non-exclusive.docs';
import { docs as rabbitmqQuorumQueueHasDlx } from './rabbitmq/quorum-queue-has-dlx.docs';
import { docs as rabbitmqReplicatedQueueForHa } from './rabbitmq/replicated-queue-for-ha.docs';
import { docs as rabbitmqRoutingKeyLength } from './rabbitmq/routing-key-length.docs';
import { docs as rabbitmqSingleQueueBottleneck } from './rabbitmq/single-queue-bottleneck.docs';
import { docs as rabbitmqStreamRetentionSet } from './rabbitmq/stream-retention-set.docs';
import { docs as rabbitmqStreamSegmentArgsAtDeclare } from './rabbitmq/stream-segment-args-at-declare.docs';
import { docs as rabbitmqStreamUnsupportedFeatures } from './rabbitmq/stream-unsupported-features.docs';
import { docs as rabbitmqTopicBindingKeySyntax } from './rabbitmq/topic-binding-key-syntax.docs';
import { docs as rabbitmqTtlValueDomain } from './rabbitmq/ttl-value-domain.docs';
import { docs as rabbitmqUnroutablePath } from './rabbitmq/unroutable-path.docs';
import { docs as rabbitmqWildcardsOnlyOnTopicExchange } from './rabbitmq/wildcards-only-on-topic-exchange.docs';
import { docs as natsAckExplicitForAtLeastOnce } from './nats/ack-explicit-for-at-least-once.docs';
import { docs as natsAckWaitCoversProcessing } from './nats/ack-wait-covers-processing.docs';
import { docs as natsBackoffLenLeMaxDeliver } from './nats/backoff-len-le-max-deliver.docs';
import { docs as natsClusterSize } from './nats/cluster-size.docs';
import { docs as natsDuplicateWindowSize } from './nats/duplicate-window-size.docs';
import { docs as natsDurableConsumerForServices } from './nats/durable-consumer-for-services.docs';
import { docs as natsExactlyOnceChain } from './nats/exactly-once-chain.docs';
import { docs as natsInterestRetentionConsumersFirst } from './nats/interest-retention-consumers-first.docs';
import { docs as natsJetstreamPublishAck } from './nats/jetstream-publish-ack.docs';
import { docs as natsLimitsStreamBounded } from './nats/limits-stream-bounded.docs';
import { docs as natsLimitsWithInterestOrWorkqueue } from './nats/limits-with-interest-or-workqueue.docs';
import { docs as natsMaxAckPendingBounded } from './nats/max-ack-pending-bounded.docs';
import { docs as natsMaxDeliverBounded } from './nats/max-deliver-bounded.docs';
import { docs as natsMaxDeliverDlqHandler } from './nats/max-deliver-dlq-handler.docs';
import { docs as natsMemoryStorageDurability } from './nats/memory-storage-durability.docs';
import { docs as natsMsgSizeLeMaxPayload } from './nats/msg-size-le-max-payload.docs';
import { docs as natsOrderedProcessing } from './nats/ordered-processing.docs';
import { docs as natsStreamReplicasHa } from './nats/stream-replicas-ha.docs';
import { docs as natsStreamReplicasMax } from './nats/stream-replicas-max.docs';
import { docs as natsStreamReplicasOdd } from './nats/stream-replicas-odd.docs';
import { docs as natsWorkqueueOverlap } from './nats/workqueue-overlap.docs';
import { docs as servicebusDeadLetterExpired } from './servicebus/dead-letter-expired.docs';
import { docs as servicebusFilterErrorsDeadLettered } from './servicebus/filter-errors-dead-lettered.docs';
import { docs as servicebusLockCoversProcessing } from './servicebus/lock-covers-processing.docs';
import { docs as servicebusSessionsForOrdering } from './servicebus/sessions-for-ordering.docs';
import { docs as servicebusTierSupportsFeatures } from './servicebus/tier-supports-features.docs';
import { docs as pubsubDeadLetterTopicSubscribed } from './pubsub/dead-letter-topic-subscribed.docs';
import { docs as pubsubDeadLetterSubscriptionExpires } from './pubsub/dead-letter-subscription-expires.docs';
import { docs as pubsubDeadLetterSubscriptionFiltered } from './pubsub/dead-letter-subscription-filtered.docs';
import { docs as pubsubOrderingEnabled } from './pubsub/ordering-enabled.docs';
import { docs as pubsubOrderingKeyPublished } from './pubsub/ordering-key-published.docs';
import { docs as pubsubOrderingRegionalEndpoint } from './pubsub/ordering-regional-endpoint.docs';
import { docs as pubsubExactlyOncePullOnly } from './pubsub/exactly-once-pull-only.docs';
import { docs as pubsubPushAckDeadline } from './pubsub/push-ack-deadline.docs';
import { docs as pubsubPushEndpointAuthenticated } from './pubsub/push-endpoint-authenticated.docs';
import { docs as sqsAttributeRanges } from './sqs/attribute-ranges.docs';
import { docs as sqsDedupWindowVsRetry } from './sqs/dedup-window-vs-retry.docs';
import { docs as sqsDlqDeclared } from './sqs/dlq-declared.docs';
import { docs as sqsDlqPairing } from './sqs/dlq-pairing.docs';
import { docs as sqsDlqRetentionGtSource } from './sqs/dlq-retention-gt-source.docs';
import { docs as sqsDlqTypeAccountRegion } from './sqs/dlq-type-account-region.docs';
import { docs as sqsFifoDedupConfigured } from './sqs/fifo-dedup-configured.docs';
import { docs as sqsFifoDlqBreaksOrder } from './sqs/fifo-dlq-breaks-order.docs';
import { docs as sqsFifoGroupIdRequired } from './sqs/fifo-group-id-required.docs';
import { docs as sqsFifoGroupParallelism } from './sqs/fifo-group-parallelism.docs';
import { docs as sqsFifoGroupVsConsumers } from './sqs/fifo-group-vs-consumers.docs';
import { docs as sqsFifoNameSuffix } from './sqs/fifo-name-suffix.docs';
import { docs as sqsFifoThroughputLimit } from './sqs/fifo-throughput-limit.docs';
import { docs as sqsInFlightQuota } from './sqs/in-flight-quota.docs';
import { docs as sqsLambdaVisibility6x } from './sqs/lambda-visibility-6x.docs';
import { docs as sqsLongPolling } from './sqs/long-polling.docs';
import { docs as sqsMaxReceiveCountSane } from './sqs/max-receive-count-sane.docs';
import { docs as sqsOrderingNeedsFifo } from './sqs/ordering-needs-fifo.docs';
import { docs as sqsRedrivePolicyPresent } from './sqs/redrive-policy-present.docs';
import { docs as sqsStandardIdempotentConsumer } from './sqs/standard-idempotent-consumer.docs';
import { docs as sqsVisibilityTimeoutCoversProcessing } from './sqs/visibility-timeout-covers-processing.docs';
import { docs as sqsVisibilityVsConsumer } from './sqs/visibility-vs-consumer.docs';
import { docs as snsEncryptedDlqKms } from './sns/encrypted-dlq-kms.docs';
import { docs as snsFanoutChain } from './sns/fanout-chain.docs';
import { docs as snsFifoDlqType } from './sns/fifo-dlq-type.docs';
import { docs as snsFifoFilterAtMostOnce } from './sns/fifo-filter-at-most-once.docs';
import { docs as snsFifoPublishIds } from './sns/fifo-publish-ids.docs';
import { docs as snsFifoToStandardQueue } from './sns/fifo-to-standard-queue.docs';
import { docs as snsFifoTopicEndpoints } from './sns/fifo-topic-endpoints.docs';
import { docs as snsSqsSubscriptionPolicy } from './sns/sqs-subscription-policy.docs';
import { docs as snsSubscriptionDlq } from './sns/subscription-dlq.docs';
import { docs as eventsourcingAggregateIdOrderingKey } from './eventsourcing/aggregate-id-ordering-key.docs';
import { docs as eventsourcingEventEnvelope } from './eventsourcing/event-envelope.docs';
import { docs as eventsourcingIdempotentProjection } from './eventsourcing/idempotent-projection.docs';
import { docs as eventsourcingOptimisticConcurrency } from './eventsourcing/optimistic-concurrency.docs';
import { docs as eventsourcingProjectionRebuildable } from './eventsourcing/projection-rebuildable.docs';
import { docs as eventsourcingSnapshotsForLongStreams } from './eventsourcing/snapshots-for-long-streams.docs';
import { docs as eventsourcingUnattachedPart } from './eventsourcing/unattached-part.docs';
import { docs as coreClusterBrokerMismatch } from './core/cluster-broker-mismatch.docs';
import { docs as coreConsumerLagMonitored } from './core/consumer-lag-monitored.docs';
import { docs as coreConsumerWithoutSource } from './core/consumer-without-source.docs';
import { docs as coreConsumersKeepUp } from './core/consumers-keep-up.docs';
import { docs as coreDanglingConnection } from './core/dangling-connection.docs';
import { docs as coreDeadLetterCycle } from './core/dead-letter-cycle.docs';
import { docs as coreDlqDurabilityGeSource } from './core/dlq-durability-ge-source.docs';
import { docs as coreDlqMonitored } from './core/dlq-monitored.docs';
import { docs as coreIdempotentConsumerForAtLeastOnce } from './core/idempotent-consumer-for-at-least-once.docs';
import { docs as coreInvalidConnection } from './core/invalid-connection.docs';
import { docs as coreMessageSchemaVersioned } from './core/message-schema-versioned.docs';
import { docs as coreOutageBacklogFits } from './core/outage-backlog-fits.docs';
import { docs as coreRetentionFitsDisk } from './core/retention-fits-disk.docs';
import { docs as coreProducerWithoutTarget } from './core/producer-without-target.docs';
import { docs as coreSchemaRegistryForBinaryFormats } from './core/schema-registry-for-binary-formats.docs';
import { docs as coreUnconsumedChannel } from './core/unconsumed-channel.docs';
import { docs as coreUnusedCluster } from './core/unused-cluster.docs';
import type { RuleId } from './registry';
import type { RuleDocs } from './rule-docs';

/**
 * Every rule's rationale, how to fix, sources and examples, by rule id. The
 * rule pages, the RuleTester, the CLI's SARIF and the Markdown report read it;
 * the studio's own bundle never imports it (it would carry every rule's prose
 * and example designs into the first load), so keep it out of components/ and
 * of anything the studio loads up front. The type requires an entry for every
 * registered rule and allows no other.
 */
export const RULE_DOCS: { readonly [Id in RuleId]: RuleDocs } = {
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
  'cloudevents/binary-mode-on-compacted-topic': cloudeventsBinaryModeOnCompactedTopic,
  'cloudevents/binary-mode-without-binding': cloudeventsBinaryModeWithoutBinding,
  'cloudevents/headers-routing-in-structured-mode': cloudeventsHeadersRoutingInStructuredMode,
  'cloudevents/type-reverse-dns': cloudeventsTypeReverseDns,
  'connect/cdc-source-needs-key': connectCdcSourceNeedsKey,
  'connect/converter-matches-topic-schema': connectConverterMatchesTopicSchema,
  'connect/converter-needs-schema-registry': connectConverterNeedsSchemaRegistry,
  'connect/sink-tasks-above-partitions': connectSinkTasksAbovePartitions,
  'connect/tolerance-all-needs-dlq': connectToleranceAllNeedsDlq,
  'rabbitmq/binding-matches-no-publisher': rabbitmqBindingMatchesNoPublisher,
  'rabbitmq/bounded-prefetch': rabbitmqBoundedPrefetch,
  'rabbitmq/cluster-odd-node-count': rabbitmqClusterOddNodeCount,
  'rabbitmq/consumer-timeout-covers-processing': rabbitmqConsumerTimeoutCoversProcessing,
  'rabbitmq/dlx-at-least-once-strategy': rabbitmqDlxAtLeastOnceStrategy,
  'rabbitmq/dlx-exchange-declared': rabbitmqDlxExchangeDeclared,
  'rabbitmq/dlx-graph': rabbitmqDlxGraph,
  'rabbitmq/dlx-no-silent-cycle': rabbitmqDlxNoSilentCycle,
  'rabbitmq/dlx-routable': rabbitmqDlxRoutable,
  'rabbitmq/dlx-when-messages-can-die': rabbitmqDlxWhenMessagesCanDie,
  'rabbitmq/durable-exchanges': rabbitmqDurableExchanges,
  'rabbitmq/durable-queue-and-persistent-messages': rabbitmqDurableQueueAndPersistentMessages,
  'rabbitmq/hash-binding-fanout': rabbitmqHashBindingFanout,
  'rabbitmq/heartbeat-not-too-low': rabbitmqHeartbeatNotTooLow,
  'rabbitmq/lazy-mode-ignored': rabbitmqLazyModeIgnored,
  'rabbitmq/manual-ack-for-at-least-once': rabbitmqManualAckForAtLeastOnce,
  'rabbitmq/max-length-drop-head-silent': rabbitmqMaxLengthDropHeadSilent,
  'rabbitmq/no-classic-mirroring': rabbitmqNoClassicMirroring,
  'rabbitmq/no-global-qos': rabbitmqNoGlobalQos,
  'rabbitmq/no-polling-consumers': rabbitmqNoPollingConsumers,
  'rabbitmq/no-transient-non-exclusive-queues': rabbitmqNoTransientNonExclusiveQueues,
  'rabbitmq/ordered-queue-single-active-consumer': rabbitmqOrderedQueueSingleActiveConsumer,
  'rabbitmq/ordering-chain': rabbitmqOrderingChain,
  'rabbitmq/ordering-no-priorities': rabbitmqOrderingNoPriorities,
  'rabbitmq/ordering-single-publishing-channel': rabbitmqOrderingSinglePublishingChannel,
  'rabbitmq/overflow-vs-confirms': rabbitmqOverflowVsConfirms,
  'rabbitmq/persistence-pairing': rabbitmqPersistencePairing,
  'rabbitmq/poison-path': rabbitmqPoisonPath,
  'rabbitmq/prefetch-one-throughput': rabbitmqPrefetchOneThroughput,
  'rabbitmq/priority-range': rabbitmqPriorityRange,
  'rabbitmq/publisher-confirms-for-at-least-once': rabbitmqPublisherConfirmsForAtLeastOnce,
  'rabbitmq/qos-vs-queue-type': rabbitmqQosVsQueueType,
  'rabbitmq/qq-delivery-limit-enabled': rabbitmqQqDeliveryLimitEnabled,
  'rabbitmq/qq-delivery-limit-prefetch-group': rabbitmqQqDeliveryLimitPrefetchGroup,
  'rabbitmq/qq-no-reject-publish-dlx': rabbitmqQqNoRejectPublishDlx,
  'rabbitmq/qq-prefetch-cap': rabbitmqQqPrefetchCap,
  'rabbitmq/qq-vs-cluster': rabbitmqQqVsCluster,
  'rabbitmq/queue-expiry-not-dead-lettered': rabbitmqQueueExpiryNotDeadLettered,
  'rabbitmq/queue-name-length': rabbitmqQueueNameLength,
  'rabbitmq/quorum-group-size': rabbitmqQuorumGroupSize,
  'rabbitmq/quorum-not-for-temporary': rabbitmqQuorumNotForTemporary,
  'rabbitmq/quorum-queue-durable-non-exclusive': rabbitmqQuorumQueueDurableNonExclusive,
  'rabbitmq/quorum-queue-has-dlx': rabbitmqQuorumQueueHasDlx,
  'rabbitmq/replicated-queue-for-ha': rabbitmqReplicatedQueueForHa,
  'rabbitmq/routing-key-length': rabbitmqRoutingKeyLength,
  'rabbitmq/single-queue-bottleneck': rabbitmqSingleQueueBottleneck,
  'rabbitmq/stream-retention-set': rabbitmqStreamRetentionSet,
  'rabbitmq/stream-segment-args-at-declare': rabbitmqStreamSegmentArgsAtDeclare,
  'rabbitmq/stream-unsupported-features': rabbitmqStreamUnsupportedFeatures,
  'rabbitmq/topic-binding-key-syntax': rabbitmqTopicBindingKeySyntax,
  'rabbitmq/ttl-value-domain': rabbitmqTtlValueDomain,
  'rabbitmq/unroutable-path': rabbitmqUnroutablePath,
  'rabbitmq/wildcards-only-on-topic-exchange': rabbitmqWildcardsOnlyOnTopicExchange,
  'nats/ack-explicit-for-at-least-once': natsAckExplicitForAtLeastOnce,
  'nats/ack-wait-covers-processing': natsAckWaitCoversProcessing,
  'nats/backoff-len-le-max-deliver': natsBackoffLenLeMaxDeliver,
  'nats/cluster-size': natsClusterSize,
  'nats/duplicate-window-size': natsDuplicateWindowSize,
  'nats/durable-consumer-for-services': natsDurableConsumerForServices,
  'nats/exactly-once-chain': natsExactlyOnceChain,
  'nats/interest-retention-consumers-first': natsInterestRetentionConsumersFirst,
  'nats/jetstream-publish-ack': natsJetstreamPublishAck,
  'nats/limits-stream-bounded': natsLimitsStreamBounded,
  'nats/limits-with-interest-or-workqueue': natsLimitsWithInterestOrWorkqueue,
  'nats/max-ack-pending-bounded': natsMaxAckPendingBounded,
  'nats/max-deliver-bounded': natsMaxDeliverBounded,
  'nats/max-deliver-dlq-handler': natsMaxDeliverDlqHandler,
  'nats/memory-storage-durability': natsMemoryStorageDurability,
  'nats/msg-size-le-max-payload': natsMsgSizeLeMaxPayload,
  'nats/ordered-processing': natsOrderedProcessing,
  'nats/stream-replicas-ha': natsStreamReplicasHa,
  'nats/stream-replicas-max': natsStreamReplicasMax,
  'nats/stream-replicas-odd': natsStreamReplicasOdd,
  'nats/workqueue-overlap': natsWorkqueueOverlap,
  'servicebus/dead-letter-expired': servicebusDeadLetterExpired,
  'servicebus/filter-errors-dead-lettered': servicebusFilterErrorsDeadLettered,
  'servicebus/lock-covers-processing': servicebusLockCoversProcessing,
  'servicebus/sessions-for-ordering': servicebusSessionsForOrdering,
  'servicebus/tier-supports-features': servicebusTierSupportsFeatures,
  'pubsub/dead-letter-topic-subscribed': pubsubDeadLetterTopicSubscribed,
  'pubsub/dead-letter-subscription-expires': pubsubDeadLetterSubscriptionExpires,
  'pubsub/dead-letter-subscription-filtered': pubsubDeadLetterSubscriptionFiltered,
  'pubsub/ordering-enabled': pubsubOrderingEnabled,
  'pubsub/ordering-key-published': pubsubOrderingKeyPublished,
  'pubsub/ordering-regional-endpoint': pubsubOrderingRegionalEndpoint,
  'pubsub/exactly-once-pull-only': pubsubExactlyOncePullOnly,
  'pubsub/push-ack-deadline': pubsubPushAckDeadline,
  'pubsub/push-endpoint-authenticated': pubsubPushEndpointAuthenticated,
  'sqs/attribute-ranges': sqsAttributeRanges,
  'sqs/dedup-window-vs-retry': sqsDedupWindowVsRetry,
  'sqs/dlq-declared': sqsDlqDeclared,
  'sqs/dlq-pairing': sqsDlqPairing,
  'sqs/dlq-retention-gt-source': sqsDlqRetentionGtSource,
  'sqs/dlq-type-account-region': sqsDlqTypeAccountRegion,
  'sqs/fifo-dedup-configured': sqsFifoDedupConfigured,
  'sqs/fifo-dlq-breaks-order': sqsFifoDlqBreaksOrder,
  'sqs/fifo-group-id-required': sqsFifoGroupIdRequired,
  'sqs/fifo-group-parallelism': sqsFifoGroupParallelism,
  'sqs/fifo-group-vs-consumers': sqsFifoGroupVsConsumers,
  'sqs/fifo-name-suffix': sqsFifoNameSuffix,
  'sqs/fifo-throughput-limit': sqsFifoThroughputLimit,
  'sqs/in-flight-quota': sqsInFlightQuota,
  'sqs/lambda-visibility-6x': sqsLambdaVisibility6x,
  'sqs/long-polling': sqsLongPolling,
  'sqs/max-receive-count-sane': sqsMaxReceiveCountSane,
  'sqs/ordering-needs-fifo': sqsOrderingNeedsFifo,
  'sqs/redrive-policy-present': sqsRedrivePolicyPresent,
  'sqs/standard-idempotent-consumer': sqsStandardIdempotentConsumer,
  'sqs/visibility-timeout-covers-processing': sqsVisibilityTimeoutCoversProcessing,
  'sqs/visibility-vs-consumer': sqsVisibilityVsConsumer,
  'sns/encrypted-dlq-kms': snsEncryptedDlqKms,
  'sns/fanout-chain': snsFanoutChain,
  'sns/fifo-dlq-type': snsFifoDlqType,
  'sns/fifo-filter-at-most-once': snsFifoFilterAtMostOnce,
  'sns/fifo-publish-ids': snsFifoPublishIds,
  'sns/fifo-to-standard-queue': snsFifoToStandardQueue,
  'sns/fifo-topic-endpoints': snsFifoTopicEndpoints,
  'sns/sqs-subscription-policy': snsSqsSubscriptionPolicy,
  'sns/subscription-dlq': snsSubscriptionDlq,
  'artemis/address-full-policy-drop': artemisAddressFullPolicyDrop,
  'artemis/dead-letter-address-has-queue': artemisDeadLetterAddressHasQueue,
  'artemis/dead-letter-address-set': artemisDeadLetterAddressSet,
  'artemis/durable-queue-for-at-least-once': artemisDurableQueueForAtLeastOnce,
  'artemis/max-consumers-covers-consumers': artemisMaxConsumersCoversConsumers,
  'artemis/ordering-needs-groups-or-exclusive': artemisOrderingNeedsGroupsOrExclusive,
  'artemis/redelivery-delay-for-retries': artemisRedeliveryDelayForRetries,
  'eventsourcing/aggregate-id-ordering-key': eventsourcingAggregateIdOrderingKey,
  'eventsourcing/event-envelope': eventsourcingEventEnvelope,
  'eventsourcing/idempotent-projection': eventsourcingIdempotentProjection,
  'eventsourcing/optimistic-concurrency': eventsourcingOptimisticConcurrency,
  'eventsourcing/projection-rebuildable': eventsourcingProjectionRebuildable,
  'eventsourcing/snapshots-for-long-streams': eventsourcingSnapshotsForLongStreams,
  'eventsourcing/unattached-part': eventsourcingUnattachedPart,
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

/** The docs of a rule named by a plain string (a finding's rule id), or undefined for an unknown id. */
export function docsOf(id: string): RuleDocs | undefined {
  return Object.hasOwn(RULE_DOCS, id) ? RULE_DOCS[id as RuleId] : undefined;
}
