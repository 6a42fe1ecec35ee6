import type { Rule } from '../rule';
import { aggregateIdOrderingKey } from './aggregate-id-ordering-key';
import { eventEnvelope } from './event-envelope';
import { idempotentProjection } from './idempotent-projection';
import { optimisticConcurrency } from './optimistic-concurrency';
import { projectionRebuildable } from './projection-rebuildable';
import { snapshotsForLongStreams } from './snapshots-for-long-streams';
import { unattachedPart } from './unattached-part';

/** Event sourcing and CQRS: event stores, projections, snapshots. */
export const eventsourcingRules = [
  aggregateIdOrderingKey,
  optimisticConcurrency,
  idempotentProjection,
  snapshotsForLongStreams,
  eventEnvelope,
  projectionRebuildable,
  unattachedPart,
] as const satisfies readonly Rule[];
