import type { DescribedFields } from './field-descriptions';
import { clientSchema } from './client';

/**
 * What the fields of client.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const clientFieldDescriptions: DescribedFields = [
  [
    clientSchema,
    {
      name: 'Client library',
      version: 'Client version, e.g. 3.7; unset = a current release',
    },
  ],
];
