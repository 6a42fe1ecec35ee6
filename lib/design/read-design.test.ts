import { readFileSync } from 'node:fs';
import { resolveDesign, settingSources } from '../brokers/resolve';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';
import { DESIGN_VERSION } from './design';
import { formatDesignErrors, readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';

function errorsOf(text: string) {
  const result = readDesign(text);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.errors;
}

describe('readDesign', () => {
  it("opens a version-1 document written by hand; what it leaves unset is the software's default (old files always open)", () => {
    const text = readFileSync(join(__dirname, '__fixtures__', 'v1-hand-written.yaml'), 'utf8');
    const result = readDesign(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.queuewright).toBe(DESIGN_VERSION);
    expect(result.design.nodes.map((n) => n.id)).toEqual(['orders-api', 'orders', 'billing']);
    expect(result.design.nodes[1]).toEqual(expect.objectContaining({ partitions: 12, config: {} }));
    expect(result.design.nodes[1]).not.toHaveProperty('replicationFactor');
    const topic = resolveDesign(result.design).nodes[1];
    expect(topic).toMatchObject({ replicationFactor: 1, config: { 'min.insync.replicas': 1 } });
    expect(settingSources(result.design, 'orders').get('replicationFactor')).toMatchObject({ origin: 'broker', label: 'default.replication.factor, the broker default' });
    expect(readDesign(writeDesignYaml(result.design))).toEqual(result);
    expect(readDesign(writeDesignJson(result.design))).toEqual(result);
  });

  it('reads JSON and YAML that start with a BOM or use CRLF line ends', () => {
    for (const text of ['\uFEFF{"queuewright": 1, "name": "Orders"}', '\uFEFFqueuewright: 1\r\nname: Orders\r\nnotes: |\r\n  one\r\n  two\r\n']) {
      const result = readDesign(text);
      expect(result.ok && result.design.name).toBe('Orders');
      if (result.ok && result.design.notes) expect(result.design.notes).toBe('one\ntwo\n');
    }
  });

  it.each([
    ['{"queuewright": 1, "nodes": [\n  {"kind": "kafka-topic",\n  "id": }\n]}', 'QW002', 3],
    ['{"queuewright": 1,', 'QW002', 1],
    ['queuewright: 1\nnodes: [\n', 'QW002', 3],
    ['{"queuewright": 7}', 'QW006', 1],
    ['{"queuewright": "one"}', 'QW006', 1],
    ['{"name": "not a design"}', 'QW005', undefined],
    ['[1, 2, 3]', 'QW005', undefined],
    ['{"queuewright": 1, "__proto__": {"x": 1}}', 'QW004', undefined],
    ['{"queuewright": 1, "nodes": [{"kind": "kafka-topic", "id": "t", "name": "t", "config": {"constructor": 1}}]}', 'QW004', undefined],
    ['queuewright: 1\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n    partitions: 1e400\n', 'QW007', 6],
    ['{"queuewright": 1, "nodes": [{"kind": "kafka-topic", "id": "t", "name": "t", "replicationFactor": 99999999999999999999}]}', 'QW007', 1],
    ['{"queuewright": 1, "nodes": [{"kind": "blob", "id": "b", "name": "b"}]}', 'QW007', 1],
    ['{"queuewright": 1, "nodes": [{"kind": "producer", "id": "p", "name": "p"}, {"kind": "producer", "id": "p", "name": "q"}]}', 'QW007', 1],
    ['{"queuewright": 1, "nodes": [{"kind": "producer", "id": "p", "name": "p"}], "connections": [{"id": "c", "kind": "publish", "from": "p", "to": "nowhere"}]}', 'QW008', 1],
    [
      '{"queuewright": 1, "nodes": [{"kind": "producer", "id": "p", "name": "p"}, {"kind": "producer", "id": "q", "name": "q"}], "connections": [{"id": "c", "kind": "publish", "from": "p", "to": "q"}]}',
      'QW008',
      1,
    ],
    ['['.repeat(100_000), 'QW003', undefined],
    [
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      'QW002',
      undefined,
    ],
    ['x'.repeat(6 * 1024 * 1024), 'QW001', undefined],
  ])('refuses %# with a numbered error that says where', (text, code, line) => {
    const errors = errorsOf(text);
    expect(errors[0].code).toBe(code);
    expect(errors[0].line).toBe(line);
    expect(errors[0].message.length).toBeGreaterThan(10);
    expect(formatDesignErrors(errors)).toContain(code);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('names every invalid field, with its path', () => {
    const errors = errorsOf('queuewright: 1\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n    partitions: 0\n    config:\n      cleanup.policy: shred\n');
    expect(errors.map((e) => e.path)).toEqual(['nodes[0].partitions', 'nodes[0].config.cleanup.policy']);
    expect(errors[1].line).toBe(8);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a": tru}', 6],
    ['[1, 2', 5],
    ['{"a": "x\n"}', 8],
    ['{"a": 1} x', 9],
    ['{"a": [1, {"b": null}]}', -1],
  ])('%j fails at %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
