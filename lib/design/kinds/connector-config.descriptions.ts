import type { DescribedFields } from '../field-descriptions';
import { connectorCommonConfig, connectorCommonFields, transformSchema } from './connector-config';

/**
 * What the fields of connector-config.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const connectorConfigFieldDescriptions: DescribedFields = [
  [
    transformSchema,
    {
      type: 'Transform class, e.g. org.apache.kafka.connect.transforms.InsertField$Value',
      config: "The transform's own settings, without the transforms.<name>. prefix",
    },
  ],
  [
    connectorCommonConfig,
    {
      'tasks.max': 'Most tasks the connector may run (Connect default: 1)',
      'key.converter': "Converter of record keys (unset: the worker's key.converter)",
      'key.converter.schema.registry.url': 'Schema Registry of the key converter (Avro, Protobuf and JSON Schema converters need it)',
      'value.converter': "Converter of record values (unset: the worker's value.converter)",
      'value.converter.schema.registry.url': 'Schema Registry of the value converter',
      'value.converter.schemas.enable': 'JsonConverter: wrap each value in a schema/payload envelope (JsonConverter default: true)',
      'errors.tolerance': 'none stops the task at the first bad record; all skips bad records (Connect default: none)',
      'errors.log.enable': 'Log each failed operation and bad record (Connect default: false)',
    },
  ],
  [
    connectorCommonFields,
    {
      connectorClass: "connector.class: the plugin's class, in full (e.g. Debezium's PostgresConnector, io.debezium.connector.postgresql…)",
      transforms: 'Single message transforms, applied in order',
      extra: "The plugin's own settings by their property names, e.g. connection.url, table.include.list, file",
    },
  ],
];
