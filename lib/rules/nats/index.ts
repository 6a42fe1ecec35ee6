import type { Rule } from '../rule';
import { ackExplicitForAtLeastOnce } from './ack-explicit-for-at-least-once';
import { ackWaitCoversProcessing } from './ack-wait-covers-processing';
import { backoffLenLeMaxDeliver } from './backoff-len-le-max-deliver';
import { clusterSize } from './cluster-size';
import { duplicateWindowSize } from './duplicate-window-size';
import { durableConsumerForServices } from './durable-consumer-for-services';
import { exactlyOnceChain } from './exactly-once-chain';
import { interestRetentionConsumersFirst } from './interest-retention-consumers-first';
import { jetstreamPublishAck } from './jetstream-publish-ack';
import { limitsStreamBounded } from './limits-stream-bounded';
import { limitsWithInterestOrWorkqueue } from './limits-with-interest-or-workqueue';
import { maxAckPendingBounded } from './max-ack-pending-bounded';
import { maxDeliverBounded } from './max-deliver-bounded';
import { maxDeliverDlqHandler } from './max-deliver-dlq-handler';
import { memoryStorageDurability } from './memory-storage-durability';
import { msgSizeLeMaxPayload } from './msg-size-le-max-payload';
import { orderedProcessing } from './ordered-processing';
import { streamReplicasHa } from './stream-replicas-ha';
import { streamReplicasMax } from './stream-replicas-max';
import { streamReplicasOdd } from './stream-replicas-odd';
import { workqueueOverlap } from './workqueue-overlap';

export const natsRules = [
  // Streams: replication, storage, limits.
  streamReplicasHa,
  streamReplicasOdd,
  streamReplicasMax,
  clusterSize,
  memoryStorageDurability,
  limitsStreamBounded,
  limitsWithInterestOrWorkqueue,
  duplicateWindowSize,
  msgSizeLeMaxPayload,
  // Publishing.
  jetstreamPublishAck,
  // Consumers.
  ackExplicitForAtLeastOnce,
  ackWaitCoversProcessing,
  maxDeliverBounded,
  maxDeliverDlqHandler,
  backoffLenLeMaxDeliver,
  maxAckPendingBounded,
  durableConsumerForServices,
  // Across nodes.
  interestRetentionConsumersFirst,
  workqueueOverlap,
  orderedProcessing,
  exactlyOnceChain,
] as const satisfies readonly Rule[];
