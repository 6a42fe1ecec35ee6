import type { DescribedFields } from '../field-descriptions';
import { externalSystem } from './external-system';

/**
 * What the fields of external-system.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const externalSystemFieldDescriptions: DescribedFields = [
  [
    externalSystem.schema,
    {
      system: 'What the system is',
    },
  ],
];
