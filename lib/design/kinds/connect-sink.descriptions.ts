import type { DescribedFields } from '../field-descriptions';
import { connectSink } from './connect-sink';

/**
 * What the fields of connect-sink.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const connectSinkFieldDescriptions: DescribedFields = [
  [
    connectSink.schema,
    {
      'config/topics.regex': 'Read every topic matching this Java regex instead of the connected topics (topics and topics.regex exclude each other)',
      'config/errors.deadletterqueue.topic.replication.factor': "Replication factor Connect creates the DLQ topic with (Connect default: 3; the export takes the DLQ topic node's)",
      'config/errors.deadletterqueue.context.headers.enable': 'Add the failure (stage, class, exception, original topic/partition/offset) as __connect.errors.* headers (Connect default: false)',
      'config/consumer.override.max.poll.records': "The sink's consumer batch (needs the worker's connector.client.config.override.policy to allow it)",
    },
  ],
];
