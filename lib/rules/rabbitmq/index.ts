import type { Rule } from '../rule';
import { bindingMatchesNoPublisher } from './binding-matches-no-publisher';
import { boundedPrefetch } from './bounded-prefetch';
import { clusterOddNodeCount } from './cluster-odd-node-count';
import { consumerTimeoutCoversProcessing } from './consumer-timeout-covers-processing';
import { dlxAtLeastOnceStrategy } from './dlx-at-least-once-strategy';
import { dlxExchangeDeclared } from './dlx-exchange-declared';
import { dlxGraph } from './dlx-graph';
import { dlxNoSilentCycle } from './dlx-no-silent-cycle';
import { dlxRoutable } from './dlx-routable';
import { dlxWhenMessagesCanDie } from './dlx-when-messages-can-die';
import { durableExchanges } from './durable-exchanges';
import { durableQueueAndPersistentMessages } from './durable-queue-and-persistent-messages';
import { hashBindingFanout } from './hash-binding-fanout';
import { heartbeatNotTooLow } from './heartbeat-not-too-low';
import { lazyModeIgnored } from './lazy-mode-ignored';
import { manualAckForAtLeastOnce } from './manual-ack-for-at-least-once';
import { maxLengthDropHeadSilent } from './max-length-drop-head-silent';
import { noClassicMirroring } from './no-classic-mirroring';
import { noGlobalQos } from './no-global-qos';
import { noPollingConsumers } from './no-polling-consumers';
import { noTransientNonExclusiveQueues } from './no-transient-non-exclusive-queues';
import { orderedQueueSingleActiveConsumer } from './ordered-queue-single-active-consumer';
import { orderingChain } from './ordering-chain';
import { orderingNoPriorities } from './ordering-no-priorities';
import { orderingSinglePublishingChannel } from './ordering-single-publishing-channel';
import { overflowVsConfirms } from './overflow-vs-confirms';
import { persistencePairing } from './persistence-pairing';
import { poisonPath } from './poison-path';
import { prefetchOneThroughput } from './prefetch-one-throughput';
import { priorityRange } from './priority-range';
import { publisherConfirmsForAtLeastOnce } from './publisher-confirms-for-at-least-once';
import { qosVsQueueType } from './qos-vs-queue-type';
import { qqDeliveryLimitEnabled } from './qq-delivery-limit-enabled';
import { qqDeliveryLimitPrefetchGroup } from './qq-delivery-limit-prefetch-group';
import { qqNoRejectPublishDlx } from './qq-no-reject-publish-dlx';
import { qqPrefetchCap } from './qq-prefetch-cap';
import { qqVsCluster } from './qq-vs-cluster';
import { queueExpiryNotDeadLettered } from './queue-expiry-not-dead-lettered';
import { queueNameLength } from './queue-name-length';
import { quorumGroupSize } from './quorum-group-size';
import { quorumNotForTemporary } from './quorum-not-for-temporary';
import { quorumQueueDurableNonExclusive } from './quorum-queue-durable-non-exclusive';
import { quorumQueueHasDlx } from './quorum-queue-has-dlx';
import { replicatedQueueForHa } from './replicated-queue-for-ha';
import { routingKeyLength } from './routing-key-length';
import { singleQueueBottleneck } from './single-queue-bottleneck';
import { streamRetentionSet } from './stream-retention-set';
import { streamSegmentArgsAtDeclare } from './stream-segment-args-at-declare';
import { streamUnsupportedFeatures } from './stream-unsupported-features';
import { topicBindingKeySyntax } from './topic-binding-key-syntax';
import { ttlValueDomain } from './ttl-value-domain';
import { unroutablePath } from './unroutable-path';
import { wildcardsOnlyOnTopicExchange } from './wildcards-only-on-topic-exchange';

/** Every RabbitMQ rule (lib/rules/rabbitmq), in file order. */
export const rabbitmqRules = [
  bindingMatchesNoPublisher,
  boundedPrefetch,
  clusterOddNodeCount,
  consumerTimeoutCoversProcessing,
  dlxAtLeastOnceStrategy,
  dlxExchangeDeclared,
  dlxGraph,
  dlxNoSilentCycle,
  dlxRoutable,
  dlxWhenMessagesCanDie,
  durableExchanges,
  durableQueueAndPersistentMessages,
  hashBindingFanout,
  heartbeatNotTooLow,
  lazyModeIgnored,
  manualAckForAtLeastOnce,
  maxLengthDropHeadSilent,
  noClassicMirroring,
  noGlobalQos,
  noPollingConsumers,
  noTransientNonExclusiveQueues,
  orderedQueueSingleActiveConsumer,
  orderingChain,
  orderingNoPriorities,
  orderingSinglePublishingChannel,
  overflowVsConfirms,
  persistencePairing,
  poisonPath,
  prefetchOneThroughput,
  priorityRange,
  publisherConfirmsForAtLeastOnce,
  qosVsQueueType,
  qqDeliveryLimitEnabled,
  qqDeliveryLimitPrefetchGroup,
  qqNoRejectPublishDlx,
  qqPrefetchCap,
  qqVsCluster,
  queueExpiryNotDeadLettered,
  queueNameLength,
  quorumGroupSize,
  quorumNotForTemporary,
  quorumQueueDurableNonExclusive,
  quorumQueueHasDlx,
  replicatedQueueForHa,
  routingKeyLength,
  singleQueueBottleneck,
  streamRetentionSet,
  streamSegmentArgsAtDeclare,
  streamUnsupportedFeatures,
  topicBindingKeySyntax,
  ttlValueDomain,
  unroutablePath,
  wildcardsOnlyOnTopicExchange,
] as const satisfies readonly Rule[];
