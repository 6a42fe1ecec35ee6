import { describe, expect, it } from 'vitest';
import { readDesign } from './read-design';

/** A key the schema does not know is ignored, never in silence: the notice says where, and which key was likely meant. */
describe('unknown keys', () => {
  const text = [
    'queuewright: 2',
    'name: typos',
    'colour: blue',
    'clusters:',
    '  - {id: k, name: k, broker: kafka, nodez: 3}',
    'nodes:',
    '  - kind: kafka-topic',
    '    id: t',
    '    name: t',
    '    partitons: 6',
    '    config: {retention.mss: 1000}',
    '  - {kind: producer, id: p, name: p, kafka: {acks: all}, rabitmq: {confirms: true}}',
    '  - {kind: consumer-group, id: g, name: g, requirements: {delivery: at-least-once, replayHour: 2}}',
    'connections:',
    '  - {id: c1, kind: publish, from: p, to: t, subjets: [a]}',
    '  - {id: c2, kind: consume, from: t, to: g}',
  ].join('\n');

  it('lists each with its path, its line and the key it most likely meant', () => {
    const result = readDesign(text);
    if (!result.ok) throw new Error(result.errors[0].message);
    expect(result.notices.map((n) => [n.code, n.line, n.message])).toEqual([
      ['QW009', 3, 'colour: unknown key, ignored.'],
      ['QW009', 5, 'clusters[0].nodez: unknown key, ignored (did you mean "nodes"?).'],
      ['QW009', 10, 'nodes[0].partitons: unknown key, ignored (did you mean "partitions"?).'],
      ['QW009', 12, 'nodes[1].rabitmq: unknown key, ignored (did you mean "rabbitmq"?).'],
      ['QW009', 13, 'nodes[2].requirements.replayHour: unknown key, ignored (did you mean "replayHours"?).'],
      ['QW009', 15, 'connections[0].subjets: unknown key, ignored (did you mean "subjects"?).'],
    ]);
  });

  it('suggests keys of the node’s own kind only', () => {
    const result = readDesign('queuewright: 2\nnodes:\n  - {kind: producer, id: p, name: p, partitions: 3}\n');
    if (!result.ok) throw new Error(result.errors[0].message);
    expect(result.notices.map((n) => n.message)).toEqual(['nodes[0].partitions: unknown key, ignored.']);
  });

  it('leaves Kafka config names to the review, which knows the broker’s (kafka/unknown-setting)', () => {
    const result = readDesign(text);
    expect(result.ok && result.notices.some((n) => n.path?.includes('retention.mss'))).toBe(false);
    expect(result.ok && (result.design.nodes[0] as { config?: Record<string, unknown> }).config).toEqual({ 'retention.mss': 1000 });
  });

  it('says nothing about a design with only known keys', () => {
    const result = readDesign('queuewright: 2\nname: fine\nnodes:\n  - {kind: kafka-topic, id: t, name: t, partitions: 3, config: {retention.ms: 1000}}\n');
    expect(result.ok && result.notices).toEqual([]);
  });
});
