import { z } from 'zod';
import { baseNodeFields } from '../fields';
import { ellipse } from './icon';
import { defineKind } from './kind';

/**
 * A system outside the messaging layer that connectors read or write: a
 * database whose changes a CDC source captures, a warehouse, search index or
 * object store a sink loads. Modelled only as far as the review needs: what
 * it is, so a reader of the diagram knows where data enters and leaves.
 */
export const externalSystem = defineKind({
  kind: 'external-system',
  label: 'External system',
  description: 'A database, warehouse, search index, object store, file or API that connectors read or write.',
  // A database cylinder.
  look: { color: '#868e96', shape: 'channel', group: 'Kafka Connect', icon: [ellipse(8, 3.5, 5.5, 2), 'M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9', 'M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('external-system'),
    ...baseNodeFields,
    system: z
      .enum(['postgresql', 'mysql', 'sql-server', 'oracle', 'mongodb', 'snowflake', 'bigquery', 'redshift', 'databricks', 's3', 'gcs', 'elasticsearch', 'opensearch', 'http', 'file', 'other'])
      .default('other'),
  }),
  outgoing: { consume: ['connect-source'] },
});
export type ExternalSystemNode = z.infer<typeof externalSystem.schema>;
