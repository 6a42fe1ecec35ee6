import { describe, expect, it } from 'vitest';
import { clusterSchema } from '@/lib/design/cluster';
import { KIND_BY_NAME } from '@/lib/design/kinds';
import { jsonSchemaOf, type PropertySchema } from './json-schema-of';
import { fieldsToAsk, needsStarter, starterItem } from './starter-item';

const cluster = jsonSchemaOf(clusterSchema);
const itemOf = (schema: PropertySchema, key: string) => schema.properties![key].items!;

describe('a new list item', () => {
  it('asks for the required text a person must choose, and nothing with a default or fixed choices', () => {
    expect(fieldsToAsk(itemOf(cluster, 'policies'))).toEqual([
      { key: 'name', type: 'string' },
      { key: 'pattern', type: 'string' },
    ]);
    expect(fieldsToAsk(itemOf(cluster, 'principals'))).toEqual([{ key: 'name', type: 'string' }]);
    expect(fieldsToAsk(itemOf(itemOf(cluster, 'principals'), 'acls'))).toEqual([]);
  });

  it('is a value the schema accepts once the asked fields are filled in', () => {
    const policy = starterItem(itemOf(cluster, 'policies'), { name: 'ttl', pattern: '^orders' });
    expect(policy).toEqual({ name: 'ttl', pattern: '^orders', definition: {} });
    const acl = starterItem(itemOf(itemOf(cluster, 'principals'), 'acls'), {});
    expect(acl).toEqual({ resource: { type: 'topic' }, operations: ['Read'] });
    const principal = { name: 'billing', acls: [acl] };
    expect(clusterSchema.safeParse({ id: 'rabbit', name: 'rabbit', broker: 'rabbitmq', policies: [policy] }).success).toBe(true);
    expect(clusterSchema.safeParse({ id: 'kafka', name: 'kafka', broker: 'kafka', principals: [principal] }).success).toBe(true);
    const transforms = jsonSchemaOf(KIND_BY_NAME['connect-sink'].schema).properties!.transforms.items!;
    expect(starterItem(transforms, { name: 'route', type: 'org.apache.kafka.connect.transforms.RegexRouter' })).toEqual({ name: 'route', type: 'org.apache.kafka.connect.transforms.RegexRouter' });
  });
});

describe('an optional settings group', () => {
  const messageSchema = jsonSchemaOf(KIND_BY_NAME['kafka-topic'].schema).properties!.messageSchema;
  const envelope = messageSchema.properties!.envelope;

  it('starts from a form when a person must type some of its required fields (a CloudEvents envelope: type and source)', () => {
    expect(needsStarter(envelope)).toBe(true);
    expect(fieldsToAsk(envelope)).toEqual([
      { key: 'type', type: 'string' },
      { key: 'source', type: 'string' },
    ]);
    const started = starterItem(envelope, { type: 'com.example.order.placed', source: '/orders' });
    expect(started).toEqual({ standard: 'cloudevents', mode: 'structured', type: 'com.example.order.placed', source: '/orders' });
    expect(KIND_BY_NAME['kafka-topic'].schema.safeParse({ kind: 'kafka-topic', id: 't', name: 't', messageSchema: { envelope: started } }).success).toBe(true);
  });

  it('is edited field by field when one choice makes it valid (a client library)', () => {
    const client = jsonSchemaOf(KIND_BY_NAME['consumer-group'].schema).properties!.client;
    expect(needsStarter(client)).toBe(false);
    expect(needsStarter(messageSchema)).toBe(false);
  });
});
