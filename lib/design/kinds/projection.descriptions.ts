import type { DescribedFields } from '../field-descriptions';
import { projection } from './projection';

/**
 * What the fields of projection.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const projectionFieldDescriptions: DescribedFields = [
  [
    projection.schema,
    {
      requirements: "This read model's own needs; unset ones are inherited from the events that feed it",
      targetStore: 'Where the read model lives',
      idempotentApply: 'Applying an event twice changes nothing (it skips events at or below the stored position or version)',
      rebuild: 'How the read model is rebuilt: replay everything, or catch up from a stored position',
      checkpoint: 'Where the last applied position is stored: in the same transaction as the read model makes replays exact',
      mode: 'Synchronous = in the same transaction as the append',
    },
  ],
];
