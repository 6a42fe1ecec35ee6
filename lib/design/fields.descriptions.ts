import type { DescribedFields } from './field-descriptions';
import { acceptedRiskSchema, baseNodeFields, messageSchemaSchema } from './fields';

/**
 * What the fields of fields.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const sharedFieldDescriptions: DescribedFields = [
  [
    acceptedRiskSchema,
    {
      rule: 'Rule id, e.g. kafka/replication-factor-ge-3',
    },
  ],
  [
    baseNodeFields,
    {
      idPinned: 'The id stays as it is when the node is renamed; without it the id follows the name',
      cluster: 'Id of the cluster this node lives on',
    },
  ],
  [
    messageSchemaSchema,
    {
      name: 'Event or message type name, e.g. OrderPlaced',
      version: 'Schema version, e.g. 1 or 2.1.0',
      registry: 'Registered in a schema registry (compatibility checked on publish)',
      definition: 'The schema itself (JSON Schema, Avro, Protobuf text)',
      envelope: 'A CloudEvents envelope around each message (structured or binary mode)',
    },
  ],
];
