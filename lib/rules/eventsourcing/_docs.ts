import { docs as eventsourcingAggregateIdOrderingKey } from './aggregate-id-ordering-key.docs';
import { docs as eventsourcingEventEnvelope } from './event-envelope.docs';
import { docs as eventsourcingIdempotentProjection } from './idempotent-projection.docs';
import { docs as eventsourcingOptimisticConcurrency } from './optimistic-concurrency.docs';
import { docs as eventsourcingProjectionRebuildable } from './projection-rebuildable.docs';
import { docs as eventsourcingSnapshotsForLongStreams } from './snapshots-for-long-streams.docs';
import { docs as eventsourcingUnattachedPart } from './unattached-part.docs';
import type { FamilyDocs } from '../rule-docs';

/** The eventsourcing family's docs, one line per rule; the type requires every `eventsourcing/` rule and allows no other. */
export const eventsourcingDocs: FamilyDocs<'eventsourcing'> = {
  'eventsourcing/aggregate-id-ordering-key': eventsourcingAggregateIdOrderingKey,
  'eventsourcing/event-envelope': eventsourcingEventEnvelope,
  'eventsourcing/idempotent-projection': eventsourcingIdempotentProjection,
  'eventsourcing/optimistic-concurrency': eventsourcingOptimisticConcurrency,
  'eventsourcing/projection-rebuildable': eventsourcingProjectionRebuildable,
  'eventsourcing/snapshots-for-long-streams': eventsourcingSnapshotsForLongStreams,
  'eventsourcing/unattached-part': eventsourcingUnattachedPart,
};
