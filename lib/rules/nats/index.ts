import type { Rule } from '../rule';
import { ackExplicitForAtLeastOnce } from './ack-explicit-for-at-least-once';
import { ackWaitCoversProcessing } from './ack-wait-covers-processing';
import { backoffLenLeMaxDeliver } from './backoff-len-le-max-deliver';
import { clusterSize } from './cluster-size';
import { jetstreamPublishAck } from './jetstream-publish-ack';
import { maxAckPendingBounded } from './max-ack-pending-bounded';
import { maxDeliverBounded } from './max-deliver-bounded';
import { memoryStorageDurability } from './memory-storage-durability';
import { streamReplicasHa } from './stream-replicas-ha';
import { streamReplicasMax } from './stream-replicas-max';
import { streamReplicasOdd } from './stream-replicas-odd';

export const natsRules: Rule[] = [
  streamReplicasHa,
  streamReplicasOdd,
  streamReplicasMax,
  clusterSize,
  memoryStorageDurability,
  jetstreamPublishAck,
  ackExplicitForAtLeastOnce,
  ackWaitCoversProcessing,
  maxDeliverBounded,
  backoffLenLeMaxDeliver,
  maxAckPendingBounded,
];
