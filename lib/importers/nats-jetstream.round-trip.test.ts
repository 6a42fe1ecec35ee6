import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../exporters/exporter';
import { NATS_NOT_CARRIED_FILE, natsJetstreamExporter } from '../exporters/nats-jetstream';
import { arbNatsDesign } from '../testing/arbitrary-design';
import { natsFacts as facts } from '../testing/nats-facts';
import { importFiles } from '../families';

/**
 * design → NATS JetStream JSON (a set of files) → design keeps every fact the
 * files carry: each stream's name, subjects, retention, storage, replicas,
 * limits, discard, durations, description; each consumer's name, durability,
 * ack policy, ack wait, max deliver, backoff, max ack pending, filters and
 * deliver group; and which stream each consumer reads (the file names its
 * stream). Not in the files: the client-side flags of a consumer group (ack
 * sync, in-progress acks, advisory handling), its retry policy and
 * processing times, ack wait and max_ack_pending without acks, and the cluster's name and
 * version.
 */

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 100);

const designs = fc
  .tuple(arbNatsDesign({ maxReplicas: 5, version: '2.10' }), fc.constantFrom('2.9', '2.10'), fc.option(fc.constantFrom('Orders stream', 'line\nbreak'), { nil: undefined }))
  .map(([design, version, notes]) => ({
    ...design,
    clusters: design.clusters.map((c) => ({ ...c, version })),
    nodes: design.nodes.map((n) => (n.kind === 'nats-stream' || n.kind === 'consumer-group' ? { ...n, ...(notes !== undefined ? { notes } : {}) } : n)),
  }));

describe('NATS JetStream round trip', () => {
  it('design → stream and consumer files → design keeps every fact the files carry, and exports again', () => {
    let exported = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const out = natsJetstreamExporter.export(design);
        if (!out.ok) return;
        exported++;
        const back = importFiles(
          out.files.map((f) => ({ path: f.path, text: f.content })),
          'nats-jetstream',
        );
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
        expect(facts(back.design)).toEqual(facts(design));
        // The cluster the import invents holds every stream: the files export again, unchanged (the list of what
        // they cannot carry then names that cluster's assumed size).
        const again = natsJetstreamExporter.export(back.design);
        if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
        const configs = (files: ExportFile[]) => files.filter((f) => f.path !== NATS_NOT_CARRIED_FILE);
        expect(configs(again.files)).toEqual(configs(out.files));
      }),
      { numRuns: RUNS },
    );
    expect(exported).toBeGreaterThan(RUNS / 4);
  }, 60_000);

  it('keeps the consumer of a five-replica stream on a cluster that holds it (it was put on an invented 3-node cluster the export refused)', () => {
    const stream = { name: 'R5', subjects: ['r5.>'], retention: 'limits', storage: 'file', num_replicas: 5, max_age: 0, duplicate_window: 120_000_000_000 };
    const back = importFiles([{ path: 'R5.stream.json', text: JSON.stringify(stream) }], 'nats-jetstream');
    if (!back.ok) throw new Error(back.errors[0].message);
    expect(back.design.clusters[0].nodes).toBe(5);
    expect(back.report.map((n) => n.message)).toContain('The files do not say how many servers the NATS cluster has: 5 are assumed, as its largest stream keeps 5 replicas.');
    expect(natsJetstreamExporter.export(back.design).ok).toBe(true);
  });

  it('links a consumer file to its stream by stream_name, or by the file name Queuewright writes', () => {
    const consumer = { durable_name: 'worker', ack_policy: 'explicit' };
    const byField = importFiles([{ path: 'worker.json', text: JSON.stringify({ ...consumer, stream_name: 'JOBS' }) }], 'nats-jetstream');
    const byName = importFiles([{ path: 'JOBS.worker.consumer.json', text: JSON.stringify(consumer) }], 'nats-jetstream');
    for (const result of [byField, byName]) {
      if (!result.ok) throw new Error(result.errors[0].message);
      expect(result.design.connections.map((c) => `${c.from} -> ${c.to}`)).toEqual(['jobs -> worker']);
    }
  });
});
