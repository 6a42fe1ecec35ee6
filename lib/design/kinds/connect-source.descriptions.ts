import type { DescribedFields } from '../field-descriptions';
import { connectSource } from './connect-source';

/**
 * What the fields of connect-source.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const connectSourceFieldDescriptions: DescribedFields = [
  [
    connectSource.schema,
    {
      'config/exactly.once.support':
        'required: the worker refuses the connector unless it can guarantee exactly-once (needs exactly.once.source.support=enabled on the distributed worker; Connect default: requested)',
      'config/transaction.boundary': 'Where exactly-once transactions end (Connect default: poll)',
      topicProperty:
        'The plugin setting the export fills with the topics this connector publishes to. Unset: the known one for the plugin (FileStreamSource: topic), none for plugins that name their topics themselves (Debezium and JDBC derive them from topic.prefix)',
      keyless: 'Some records carry no key: a captured table without a primary key (and no message.key.columns), or a plugin that writes none',
    },
  ],
];
