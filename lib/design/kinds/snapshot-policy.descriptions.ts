import type { DescribedFields } from '../field-descriptions';
import { snapshotPolicy } from './snapshot-policy';

/**
 * What the fields of snapshot-policy.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const snapshotPolicyFieldDescriptions: DescribedFields = [
  [
    snapshotPolicy.schema,
    {
      everyEvents: 'Take a snapshot every N events of a stream',
      storage: 'Snapshots kept beside the events or in their own store',
      keepLast: 'Snapshots kept per aggregate',
    },
  ],
];
