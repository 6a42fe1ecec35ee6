import { z } from 'zod';
import { baseNodeFields, positive } from '../fields';
import { connectorCommonConfig, connectorCommonFields } from './connector-config';
import { defineKind } from './kind';

/**
 * A Kafka Connect sink connector: reads Kafka topics (the topics that
 * `consume`-connect to it) and writes an external system (it `publish`es to
 * an external-system node). Its dead-letter queue is its `dead-letter`
 * connection to a Kafka topic, which the export writes as
 * `errors.deadletterqueue.topic.name`.
 */
export const connectSink = defineKind({
  kind: 'connect-sink',
  label: 'Sink connector',
  description: 'Kafka Connect: copies Kafka topics into an external system (warehouse, database, search, object store).',
  // The log with an arrow into a plug.
  look: { color: '#5f3dc4', shape: 'service', group: 'Kafka Connect', icon: ['M1.5 4.5h6M1.5 8h6M1.5 11.5h6', 'M7.5 8h3', 'M10.5 5.5h4v5h-4z', 'M12.5 3.5v2M12.5 10.5v2'] },
  clusterBrokers: [],
  channel: 'none',
  schema: z.object({
    kind: z.literal('connect-sink'),
    ...baseNodeFields,
    ...connectorCommonFields,
    config: z
      .object({
        ...connectorCommonConfig,
        'topics.regex': z.string().min(1).max(1000).optional(),
        'errors.deadletterqueue.topic.replication.factor': positive().max(100).optional(),
        'errors.deadletterqueue.context.headers.enable': z.boolean().optional(),
        'consumer.override.max.poll.records': positive().max(1_000_000).optional(),
      })
      .default({}),
  }),
  outgoing: { publish: ['external-system'], 'dead-letter': ['kafka-topic'] },
  // The file connector ships with every Connect worker, so a drawn connector runs anywhere until the user names their plugin.
  recommended: { connectorClass: 'org.apache.kafka.connect.file.FileStreamSinkConnector' },
});
export type ConnectSinkNode = z.infer<typeof connectSink.schema>;
