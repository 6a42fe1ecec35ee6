import { testRule } from '../rule-tester';
import { converterNeedsSchemaRegistry } from './converter-needs-schema-registry';

const AVRO = 'io.confluent.connect.avro.AvroConverter';

testRule(converterNeedsSchemaRegistry, {
  valid: [
    { name: 'JsonConverter needs no registry', design: { nodes: [{ kind: 'connect-sink', id: 's', config: { 'value.converter': 'org.apache.kafka.connect.json.JsonConverter' } }] } },
    { name: 'converters left to the worker', design: { nodes: [{ kind: 'connect-source', id: 's' }] } },
    { name: 'Avro with its registry', design: { nodes: [{ kind: 'connect-source', id: 's', config: { 'value.converter': AVRO, 'value.converter.schema.registry.url': 'http://sr:8081' } }] } },
    {
      name: 'Apicurio Avro with its registry in the plugin settings',
      design: {
        nodes: [
          {
            kind: 'connect-source',
            id: 's',
            config: { 'value.converter': 'io.apicurio.registry.utils.converter.AvroConverter' },
            extra: { 'value.converter.apicurio.registry.url': 'http://apicurio:8080/apis/registry/v2' },
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'Avro values without a registry',
      design: { nodes: [{ kind: 'connect-sink', id: 's', name: 'to-warehouse', config: { 'value.converter': AVRO } }] },
      findings: [{ target: 's', messageIncludes: 'value.converter.schema.registry.url' }],
    },
    {
      name: 'a registry for values but not for Protobuf keys',
      design: {
        nodes: [
          {
            kind: 'connect-source',
            id: 's',
            config: { 'key.converter': 'io.confluent.connect.protobuf.ProtobufConverter', 'value.converter': AVRO, 'value.converter.schema.registry.url': 'http://sr:8081' },
          },
        ],
      },
      findings: [{ target: 's', messageIncludes: 'key.converter.schema.registry.url' }],
    },
  ],
});
