import { docs as rabbitmqBindingMatchesNoPublisher } from './binding-matches-no-publisher.docs';
import { docs as rabbitmqBoundedPrefetch } from './bounded-prefetch.docs';
import { docs as rabbitmqClusterOddNodeCount } from './cluster-odd-node-count.docs';
import { docs as rabbitmqConsumerTimeoutCoversProcessing } from './consumer-timeout-covers-processing.docs';
import { docs as rabbitmqDlxAtLeastOnceStrategy } from './dlx-at-least-once-strategy.docs';
import { docs as rabbitmqDlxExchangeDeclared } from './dlx-exchange-declared.docs';
import { docs as rabbitmqDlxGraph } from './dlx-graph.docs';
import { docs as rabbitmqDlxNoSilentCycle } from './dlx-no-silent-cycle.docs';
import { docs as rabbitmqDlxRoutable } from './dlx-routable.docs';
import { docs as rabbitmqDlxWhenMessagesCanDie } from './dlx-when-messages-can-die.docs';
import { docs as rabbitmqDurableExchanges } from './durable-exchanges.docs';
import { docs as rabbitmqDurableQueueAndPersistentMessages } from './durable-queue-and-persistent-messages.docs';
import { docs as rabbitmqHashBindingFanout } from './hash-binding-fanout.docs';
import { docs as rabbitmqHeartbeatNotTooLow } from './heartbeat-not-too-low.docs';
import { docs as rabbitmqLazyModeIgnored } from './lazy-mode-ignored.docs';
import { docs as rabbitmqManualAckForAtLeastOnce } from './manual-ack-for-at-least-once.docs';
import { docs as rabbitmqMaxLengthDropHeadSilent } from './max-length-drop-head-silent.docs';
import { docs as rabbitmqNoClassicMirroring } from './no-classic-mirroring.docs';
import { docs as rabbitmqNoGlobalQos } from './no-global-qos.docs';
import { docs as rabbitmqNoPollingConsumers } from './no-polling-consumers.docs';
import { docs as rabbitmqNoTransientNonExclusiveQueues } from './no-transient-non-exclusive-queues.docs';
import { docs as rabbitmqOrderedQueueSingleActiveConsumer } from './ordered-queue-single-active-consumer.docs';
import { docs as rabbitmqOrderingChain } from './ordering-chain.docs';
import { docs as rabbitmqOrderingNoPriorities } from './ordering-no-priorities.docs';
import { docs as rabbitmqOrderingSinglePublishingChannel } from './ordering-single-publishing-channel.docs';
import { docs as rabbitmqOverflowVsConfirms } from './overflow-vs-confirms.docs';
import { docs as rabbitmqPersistencePairing } from './persistence-pairing.docs';
import { docs as rabbitmqPoisonPath } from './poison-path.docs';
import { docs as rabbitmqPrefetchOneThroughput } from './prefetch-one-throughput.docs';
import { docs as rabbitmqPriorityRange } from './priority-range.docs';
import { docs as rabbitmqPublisherConfirmsForAtLeastOnce } from './publisher-confirms-for-at-least-once.docs';
import { docs as rabbitmqQosVsQueueType } from './qos-vs-queue-type.docs';
import { docs as rabbitmqQqDeliveryLimitEnabled } from './qq-delivery-limit-enabled.docs';
import { docs as rabbitmqQqDeliveryLimitPrefetchGroup } from './qq-delivery-limit-prefetch-group.docs';
import { docs as rabbitmqQqNoRejectPublishDlx } from './qq-no-reject-publish-dlx.docs';
import { docs as rabbitmqQqPrefetchCap } from './qq-prefetch-cap.docs';
import { docs as rabbitmqQqVsCluster } from './qq-vs-cluster.docs';
import { docs as rabbitmqQueueExpiryNotDeadLettered } from './queue-expiry-not-dead-lettered.docs';
import { docs as rabbitmqQueueNameLength } from './queue-name-length.docs';
import { docs as rabbitmqQuorumGroupSize } from './quorum-group-size.docs';
import { docs as rabbitmqQuorumNotForTemporary } from './quorum-not-for-temporary.docs';
import { docs as rabbitmqQuorumQueueDurableNonExclusive } from './quorum-queue-durable-non-exclusive.docs';
import { docs as rabbitmqQuorumQueueHasDlx } from './quorum-queue-has-dlx.docs';
import { docs as rabbitmqReplicatedQueueForHa } from './replicated-queue-for-ha.docs';
import { docs as rabbitmqRoutingKeyLength } from './routing-key-length.docs';
import { docs as rabbitmqSingleQueueBottleneck } from './single-queue-bottleneck.docs';
import { docs as rabbitmqStreamRetentionSet } from './stream-retention-set.docs';
import { docs as rabbitmqStreamSegmentArgsAtDeclare } from './stream-segment-args-at-declare.docs';
import { docs as rabbitmqStreamUnsupportedFeatures } from './stream-unsupported-features.docs';
import { docs as rabbitmqTopicBindingKeySyntax } from './topic-binding-key-syntax.docs';
import { docs as rabbitmqTtlValueDomain } from './ttl-value-domain.docs';
import { docs as rabbitmqUnroutablePath } from './unroutable-path.docs';
import { docs as rabbitmqWildcardsOnlyOnTopicExchange } from './wildcards-only-on-topic-exchange.docs';
import type { FamilyDocs } from '../rule-docs';

/** The rabbitmq family's docs, one line per rule; the type requires every `rabbitmq/` rule and allows no other. */
export const rabbitmqDocs: FamilyDocs<'rabbitmq'> = {
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
};
