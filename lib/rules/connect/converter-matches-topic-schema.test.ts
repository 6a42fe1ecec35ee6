import { testRule } from '../rule-tester';
import { converterMatchesTopicSchema } from './converter-matches-topic-schema';

const AVRO = { 'value.converter': 'io.confluent.connect.avro.AvroConverter', 'value.converter.schema.registry.url': 'http://sr:8081' };
const JSON_CONVERTER = 'org.apache.kafka.connect.json.JsonConverter';
const api = { kind: 'producer', id: 'api' };
const topic = (format: string) => ({ kind: 'kafka-topic', id: 't', messageSchema: { format } });

testRule(converterMatchesTopicSchema, {
  valid: [
    {
      name: 'Avro converter on an Avro topic',
      design: {
        nodes: [api, topic('avro'), { kind: 'connect-sink', id: 's', config: AVRO }],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 's' },
        ],
      },
    },
    { name: 'a topic that declares no format', design: { nodes: [topic('none'), { kind: 'connect-sink', id: 's', config: AVRO }], connections: [{ from: 't', to: 's' }] } },
    {
      name: 'StringConverter carries any payload',
      design: { nodes: [topic('avro'), { kind: 'connect-sink', id: 's', config: { 'value.converter': 'org.apache.kafka.connect.storage.StringConverter' } }], connections: [{ from: 't', to: 's' }] },
    },
    {
      name: 'plain JSON read with schemas.enable=false',
      design: {
        nodes: [api, topic('json'), { kind: 'connect-sink', id: 's', config: { 'value.converter': JSON_CONVERTER, 'value.converter.schemas.enable': false } }],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 's' },
        ],
      },
    },
    {
      name: 'JSON envelopes written by a Connect source with the same converter',
      design: {
        nodes: [{ kind: 'connect-source', id: 'src', config: { 'value.converter': JSON_CONVERTER } }, topic('json'), { kind: 'connect-sink', id: 's', config: { 'value.converter': JSON_CONVERTER } }],
        connections: [
          { from: 'src', to: 't' },
          { from: 't', to: 's' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'an Avro sink on a JSON topic',
      design: {
        nodes: [api, topic('json'), { kind: 'connect-sink', id: 's', config: AVRO }],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 's' },
        ],
      },
      findings: [{ target: 's', messageIncludes: 'declared json' }],
    },
    {
      name: 'plain JSON from a service read with schemas.enable left on',
      design: {
        nodes: [api, topic('json'), { kind: 'connect-sink', id: 's', config: { 'value.converter': JSON_CONVERTER } }],
        connections: [
          { from: 'api', to: 't' },
          { from: 't', to: 's' },
        ],
      },
      findings: [{ target: 's', messageIncludes: 'schema/payload envelope' }],
    },
    {
      name: 'a JSON source writing into a Protobuf topic',
      design: { nodes: [{ kind: 'connect-source', id: 'src', config: { 'value.converter': JSON_CONVERTER } }, topic('protobuf')], connections: [{ from: 'src', to: 't' }] },
      findings: [{ target: 'src', messageIncludes: 'declared protobuf' }],
    },
  ],
});
