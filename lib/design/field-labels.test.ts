import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clusterSchema } from './cluster';
import { connectionSchema } from './connection';
import { reviewSettingsSchema } from './design';
import { fieldLabel, scopeLabels, type FieldScope } from './field-labels';
import { KINDS, type NodeKind } from './kinds';
import { requirementsSchema } from './requirements';

interface JsonProperty {
  properties?: Record<string, JsonProperty>;
  items?: JsonProperty;
}

/** Every field path the inspector shows for a schema (the same JSON Schema it is generated from). */
function fieldPaths(schema: z.ZodType): string[][] {
  const paths: string[][] = [];
  const walk = (node: JsonProperty, prefix: string[]) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      paths.push([...prefix, key]);
      // A list's items are labelled by the list's path (the inspector drops the index); accepted risks have their own editor.
      walk(key === 'acceptedRisks' ? {} : (child.items ?? child), [...prefix, key]);
    }
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonProperty, []);
  return paths;
}

const SCOPES: [FieldScope, z.ZodType, string[]][] = [
  ...KINDS.map((k): [FieldScope, z.ZodType, string[]] => [k.kind, k.schema, ['kind', 'id']]),
  ['connection', connectionSchema, ['id', 'from', 'to']],
  ['cluster', clusterSchema, ['id']],
  ['requirements', requirementsSchema, []],
  ['review', reviewSettingsSchema, []],
];

describe('field labels', () => {
  it.each(SCOPES)('labels every field of %s', (scope, schema, hidden) => {
    const unlabelled = fieldPaths(schema)
      .filter((path) => !(path.length === 1 && hidden.includes(path[0])))
      .filter((path) => fieldLabel(scope, path) === undefined)
      .map((path) => path.join('.'));
    expect(unlabelled).toEqual([]);
  });

  it('writes units and product names as people say them', () => {
    expect(fieldLabel('consumer-group', ['processingMsP50'])).toBe('Processing time p50 (ms)');
    expect(fieldLabel('producer', ['messageSizeBytes'])).toBe('Message size (bytes)');
    expect(fieldLabel('producer', ['rabbitmq'])).toBe('RabbitMQ');
    expect(fieldLabel('producer', ['requirements', 'latencyMs'])).toBe('Latency target (ms)');
    expect(fieldLabel('requirements', ['latencyMs'])).toBe('Latency target (ms)');
    expect(fieldLabel('sqs-queue', ['visibilityTimeout'])).toBe('Visibility timeout (s)');
  });

  it("keeps a broker's own setting names, and only inside a group", () => {
    expect(fieldLabel('kafka-topic', ['config', 'retention.ms'])).toBe('retention.ms');
    expect(fieldLabel('rabbitmq-queue', ['arguments', 'x-message-ttl'])).toBe('x-message-ttl');
    expect(fieldLabel('producer', ['kafka', 'acks'])).toBe('acks');
    expect(fieldLabel('kafka-topic', ['retention.ms'])).toBeUndefined();
    expect(fieldLabel('producer', ['rabbitmq', 'unknownKey'])).toBeUndefined();
    expect(fieldLabel('kafka-topic', ['noSuchField'])).toBeUndefined();
    expect(fieldLabel('kafka-topic', [])).toBeUndefined();
  });

  /**
   * The labels of each scope on main before each family's labels moved to field-labels-<family>.ts, frozen: written once
   * with `JSON.stringify(Object.fromEntries([...KINDS.map((k) => k.kind), 'connection'].map((s) => [s, scopeLabels(s)])))`,
   * one scope a line. A label changed on purpose changes its line here too; a kind added later needs none.
   */
  it("joins the families' tables into the labels main had before they moved", () => {
    const before = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'field-labels-on-main.json'), 'utf8')) as Record<string, Record<string, string>>;
    const now = Object.fromEntries(Object.keys(before).map((scope) => [scope, scopeLabels(scope as NodeKind | 'connection')]));
    expect(now).toEqual(before);
  });
});
