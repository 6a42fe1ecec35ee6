import { describe, expect, it } from 'vitest';
import { clusterSchema } from '@/lib/design/cluster';
import { KIND_BY_NAME } from '@/lib/design/kinds';
import { jsonSchemaOf, type PropertySchema } from './json-schema-of';
import { fieldsToAsk, starterItem } from './starter-item';

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
