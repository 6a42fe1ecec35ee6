import { z } from 'zod';
import { baseNodeFields } from '../fields';
import { circle } from './icon';
import { defineKind } from './kind';

/**
 * A snapshot policy: every N events the aggregate's state is saved, so that
 * loading it replays at most N events instead of the whole stream. It reads
 * the event store (consume).
 */
export const snapshotPolicy = defineKind({
  kind: 'snapshot-policy',
  label: 'Snapshot policy',
  description: 'Saves aggregate state every N events so loading replays few events.',
  // A camera: a snapshot of an aggregate's state.
  look: { color: '#946800', shape: 'service', group: 'Event sourcing', icon: ['M2 5.5h2.5L6 3.5h4l1.5 2H14v7.5H2z', circle(8, 9, 2.2)] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('snapshot-policy'),
    ...baseNodeFields,
    everyEvents: z.number().int().min(1).max(1_000_000).default(100),
    storage: z.enum(['event-store', 'separate']).default('event-store'),
    keepLast: z.number().int().min(1).max(1000).default(1),
  }),
  outgoing: {},
});
export type SnapshotPolicyNode = z.infer<typeof snapshotPolicy.schema>;
