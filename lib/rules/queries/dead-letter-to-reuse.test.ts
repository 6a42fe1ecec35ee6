import { describe, expect, it } from 'vitest';
import { makeDesign } from '../../design/build-design';
import { deadLetterToReuse, pipelineOf } from './dead-letter-to-reuse';

// Two pipelines on one cluster: orders (with two dead-letter topics, one busier) and audit (with its own).
const design = makeDesign({
  clusters: [
    { id: 'k', name: 'k', broker: 'kafka' },
    { id: 'k2', name: 'k2', broker: 'kafka' },
  ],
  nodes: [
    { kind: 'kafka-topic', id: 'orders', cluster: 'k' },
    { kind: 'consumer-group', id: 'a' },
    { kind: 'consumer-group', id: 'b' },
    { kind: 'kafka-topic', id: 'quiet-dlq', cluster: 'k', role: 'dead-letter' },
    { kind: 'kafka-topic', id: 'busy-dlq', cluster: 'k' },
    { kind: 'kafka-topic', id: 'retry', cluster: 'k', role: 'retry' },
    { kind: 'kafka-topic', id: 'far-dlq', cluster: 'k2', role: 'dead-letter' },
    { kind: 'kafka-topic', id: 'audit', cluster: 'k' },
    { kind: 'consumer-group', id: 'c' },
    { kind: 'kafka-topic', id: 'audit-dlq', cluster: 'k', role: 'dead-letter' },
  ],
  connections: [
    { from: 'orders', to: 'a' },
    { from: 'orders', to: 'b' },
    { from: 'a', to: 'busy-dlq', kind: 'dead-letter' },
    { from: 'b', to: 'busy-dlq', kind: 'dead-letter' },
    { from: 'a', to: 'quiet-dlq', kind: 'dead-letter' },
    { from: 'b', to: 'retry', kind: 'dead-letter' },
    { from: 'b', to: 'far-dlq', kind: 'dead-letter' },
    { from: 'audit', to: 'c' },
    { from: 'c', to: 'audit-dlq', kind: 'dead-letter' },
  ],
});

describe('deadLetterToReuse', () => {
  it('finds the pipeline by connections in either direction, and only it', () => {
    expect([...pipelineOf(design, 'orders')].sort()).toEqual(['a', 'b', 'busy-dlq', 'far-dlq', 'orders', 'quiet-dlq', 'retry']);
  });

  it("picks the dead-letter topic on the cluster that receives the most dead letters, never a retry stage or another cluster's", () => {
    expect(deadLetterToReuse(design, { kind: 'kafka-topic', near: 'orders', cluster: 'k' })?.id).toBe('busy-dlq');
    expect(deadLetterToReuse(design, { kind: 'kafka-topic', near: 'orders', cluster: 'k2' })?.id).toBe('far-dlq');
  });

  it("keeps to the pipeline: another pipeline's dead-letter topic is not reused", () => {
    expect(deadLetterToReuse(design, { kind: 'kafka-topic', near: 'audit', cluster: 'k' })?.id).toBe('audit-dlq');
    expect(deadLetterToReuse(design, { kind: 'nats-stream', near: 'orders', cluster: 'k' })).toBeUndefined();
  });

  it("applies the broker's further condition", () => {
    expect(deadLetterToReuse(design, { kind: 'kafka-topic', near: 'orders', cluster: 'k', fits: (t) => t.id !== 'busy-dlq' })?.id).toBe('quiet-dlq');
  });
});
