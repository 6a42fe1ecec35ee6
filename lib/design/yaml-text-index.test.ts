import { describe, expect, it } from 'vitest';
import { indexYamlText } from './yaml-text-index';

const TEXT = `queuewright: 2
name: Orders
nodes:
  - kind: producer
    id: checkout
    name: checkout
  - kind: kafka-topic
    id: orders.placed
    name: orders.placed
    partitions: 12
    config:
      retention.ms: 1000
connections:
  - id: c1
    kind: publish
    from: checkout
    to: orders.placed
`;

const lineOf = (needle: string) => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length;

describe('indexYamlText', () => {
  const index = indexYamlText(TEXT);

  it('gives the range of a path, keys with dots included', () => {
    const range = index.rangeOf(['nodes', 1, 'config', 'retention.ms']);
    expect(range).toMatchObject({ line: lineOf('1000'), endLine: lineOf('1000') });
    expect(TEXT.slice(range!.from, range!.to)).toBe('1000');
  });

  it('falls back to the nearest ancestor the text has', () => {
    expect(index.rangeOf(['nodes', 1, 'replicationFactor'])).toMatchObject({ line: lineOf('kind: kafka-topic'), endLine: lineOf('retention.ms') });
  });

  it('finds the lines of a node and a connection by id, without the line break after them', () => {
    const topic = index.elementRange({ type: 'node', id: 'orders.placed' })!;
    expect(topic).toMatchObject({ line: lineOf('kind: kafka-topic'), endLine: lineOf('retention.ms') });
    expect(TEXT.slice(topic.from, topic.to).endsWith('1000')).toBe(true);
    expect(index.elementRange({ type: 'connection', id: 'c1' })).toMatchObject({ line: lineOf('id: c1'), endLine: lineOf('to: orders.placed') });
    expect(index.elementRange({ type: 'node', id: 'missing' })).toBeUndefined();
  });

  it('names the element whose block holds an offset', () => {
    expect(index.elementAt(TEXT.indexOf('partitions'))).toEqual({ type: 'node', id: 'orders.placed' });
    expect(index.elementAt(TEXT.indexOf('retention.ms') + 3)).toEqual({ type: 'node', id: 'orders.placed' });
    expect(index.elementAt(TEXT.indexOf('publish'))).toEqual({ type: 'connection', id: 'c1' });
    expect(index.elementAt(TEXT.indexOf('Orders'))).toBeUndefined();
  });

  it('gives the path under an offset and tells keys from values', () => {
    const onKey = index.pathAt(TEXT.indexOf('partitions') + 2);
    expect(onKey).toEqual({ path: ['nodes', 1], key: { name: 'partitions', from: TEXT.indexOf('partitions'), to: TEXT.indexOf('partitions') + 10 } });
    expect(index.pathAt(TEXT.indexOf('12'))).toEqual({ path: ['nodes', 1, 'partitions'] });
  });

  it('reads values at a path', () => {
    expect(index.valueAt(['nodes', 1, 'partitions'])).toBe(12);
    expect(index.valueAt(['nodes', 0])).toEqual({ kind: 'producer', id: 'checkout', name: 'checkout' });
    expect(index.valueAt(['nope'])).toBeUndefined();
  });

  it('reads JSON text too', () => {
    const json = '{"queuewright": 2, "nodes": [{"kind": "producer", "id": "a", "name": "a"}]}';
    expect(indexYamlText(json).elementAt(json.indexOf('"name"'))).toEqual({ type: 'node', id: 'a' });
  });

  it('finds nothing in text it cannot read, without throwing', () => {
    const broken = indexYamlText('nodes: [\n  - {');
    expect(broken.elementRange({ type: 'node', id: 'a' })).toBeUndefined();
    expect(broken.pathAt(3).path).toEqual(expect.any(Array));
    expect(indexYamlText('x'.repeat(11 * 1024 * 1024)).rangeOf(['a'])).toBeUndefined();
  });
});
