import { docs as natsAckExplicitForAtLeastOnce } from './ack-explicit-for-at-least-once.docs';
import { docs as natsAckWaitCoversProcessing } from './ack-wait-covers-processing.docs';
import { docs as natsBackoffLenLeMaxDeliver } from './backoff-len-le-max-deliver.docs';
import { docs as natsClusterSize } from './cluster-size.docs';
import { docs as natsDuplicateWindowSize } from './duplicate-window-size.docs';
import { docs as natsDurableConsumerForServices } from './durable-consumer-for-services.docs';
import { docs as natsExactlyOnceChain } from './exactly-once-chain.docs';
import { docs as natsInterestRetentionConsumersFirst } from './interest-retention-consumers-first.docs';
import { docs as natsJetstreamPublishAck } from './jetstream-publish-ack.docs';
import { docs as natsLimitsStreamBounded } from './limits-stream-bounded.docs';
import { docs as natsLimitsWithInterestOrWorkqueue } from './limits-with-interest-or-workqueue.docs';
import { docs as natsMaxAckPendingBounded } from './max-ack-pending-bounded.docs';
import { docs as natsMaxDeliverBounded } from './max-deliver-bounded.docs';
import { docs as natsMaxDeliverDlqHandler } from './max-deliver-dlq-handler.docs';
import { docs as natsMemoryStorageDurability } from './memory-storage-durability.docs';
import { docs as natsMsgSizeLeMaxPayload } from './msg-size-le-max-payload.docs';
import { docs as natsOrderedProcessing } from './ordered-processing.docs';
import { docs as natsStreamReplicasHa } from './stream-replicas-ha.docs';
import { docs as natsStreamReplicasMax } from './stream-replicas-max.docs';
import { docs as natsStreamReplicasOdd } from './stream-replicas-odd.docs';
import { docs as natsWorkqueueOverlap } from './workqueue-overlap.docs';
import type { FamilyDocs } from '../rule-docs';

/** The nats family's docs, one line per rule; the type requires every `nats/` rule and allows no other. */
export const natsDocs: FamilyDocs<'nats'> = {
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
};
