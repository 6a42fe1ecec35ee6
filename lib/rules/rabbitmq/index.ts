import type { Rule } from '../rule';
import { boundedPrefetch } from './bounded-prefetch';
import { clusterOddNodeCount } from './cluster-odd-node-count';
import { consumerTimeoutCoversProcessing } from './consumer-timeout-covers-processing';
import { durableExchanges } from './durable-exchanges';
import { durableQueueAndPersistentMessages } from './durable-queue-and-persistent-messages';
import { heartbeatNotTooLow } from './heartbeat-not-too-low';
import { lazyModeIgnored } from './lazy-mode-ignored';
import { manualAckForAtLeastOnce } from './manual-ack-for-at-least-once';
import { noClassicMirroring } from './no-classic-mirroring';
import { noGlobalQos } from './no-global-qos';
import { noPollingConsumers } from './no-polling-consumers';
import { noTransientNonExclusiveQueues } from './no-transient-non-exclusive-queues';
import { persistencePairing } from './persistence-pairing';
import { prefetchOneThroughput } from './prefetch-one-throughput';
import { publisherConfirmsForAtLeastOnce } from './publisher-confirms-for-at-least-once';
import { qosVsQueueType } from './qos-vs-queue-type';
import { qqPrefetchCap } from './qq-prefetch-cap';
import { quorumGroupSize } from './quorum-group-size';
import { quorumNotForTemporary } from './quorum-not-for-temporary';
import { quorumQueueDurableNonExclusive } from './quorum-queue-durable-non-exclusive';
import { replicatedQueueForHa } from './replicated-queue-for-ha';
import { singleQueueBottleneck } from './single-queue-bottleneck';

/** Every RabbitMQ rule (lib/rules/rabbitmq), in file order. */
export const rabbitmqRules: Rule[] = [
  boundedPrefetch,
  clusterOddNodeCount,
  consumerTimeoutCoversProcessing,
  durableExchanges,
  durableQueueAndPersistentMessages,
  heartbeatNotTooLow,
  lazyModeIgnored,
  manualAckForAtLeastOnce,
  noClassicMirroring,
  noGlobalQos,
  noPollingConsumers,
  noTransientNonExclusiveQueues,
  persistencePairing,
  prefetchOneThroughput,
  publisherConfirmsForAtLeastOnce,
  qosVsQueueType,
  qqPrefetchCap,
  quorumGroupSize,
  quorumNotForTemporary,
  quorumQueueDurableNonExclusive,
  replicatedQueueForHa,
  singleQueueBottleneck,
];
