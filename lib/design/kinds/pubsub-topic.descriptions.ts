import type { DescribedFields } from '../field-descriptions';
import { pubsubTopic } from './pubsub-topic';

/**
 * What the fields of pubsub-topic.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const pubsubTopicFieldDescriptions: DescribedFields = [
  [
    pubsubTopic.schema,
    {
      messageRetentionDuration: 'Seconds the topic keeps messages for seek and replay (600–2678400; unset: kept by subscriptions only)',
      allowedPersistenceRegions: 'Message storage policy: regions where messages may be stored (unset: no constraint)',
      enforceInTransit: 'Message storage policy: refuse publishes and pulls outside the allowed regions',
      kmsKeyName: 'Customer-managed encryption key (unset: Google-managed encryption)',
      schemaEncoding: 'Encoding of messages validated against the topic schema',
    },
  ],
];
