import { z } from 'zod';
import { baseNodeFields } from '../fields';
import { connectorCommonConfig, connectorCommonFields } from './connector-config';
import { defineKind } from './kind';

/**
 * A Kafka Connect source connector: reads an external system (a database's
 * change log, files, an API) and writes records to Kafka topics — the topics
 * it `publish`es to. The external system it reads delivers to it (`consume`
 * from an external-system node).
 */
export const connectSource = defineKind({
  kind: 'connect-source',
  label: 'Source connector',
  description: 'Kafka Connect: copies an external system (CDC, files, APIs) into Kafka topics.',
  // A plug with an arrow into the log.
  look: { color: '#0b7285', shape: 'service', group: 'Kafka Connect', icon: ['M1.5 5.5h4v5h-4z', 'M5.5 8h3', 'M8.5 4.5h6M8.5 8h6M8.5 11.5h6', 'M3.5 3.5v2M3.5 10.5v2'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('connect-source'),
    ...baseNodeFields,
    ...connectorCommonFields,
    config: z
      .object({
        ...connectorCommonConfig,
        'exactly.once.support': z.enum(['requested', 'required']).optional(),
        'transaction.boundary': z.enum(['poll', 'interval', 'connector']).optional(),
      })
      .default({}),
    topicProperty: z.string().min(1).max(200).optional(),
    keyless: z.boolean().default(false),
  }),
  outgoing: { publish: ['kafka-topic'] },
  // The file connector ships with every Connect worker, so a drawn connector runs anywhere until the user names their plugin.
  recommended: { connectorClass: 'org.apache.kafka.connect.file.FileStreamSourceConnector' },
});
export type ConnectSourceNode = z.infer<typeof connectSource.schema>;
