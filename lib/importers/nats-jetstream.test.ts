import { describe, expect, it } from 'vitest';
import type { ImportResult } from './importer';
import { natsJetstreamImporter } from './nats-jetstream';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  return { design: result.design, report: result.report.map((n) => `${n.path}: ${n.message}`).join('\n') };
}

describe('NATS JetStream import', () => {
  it('detects stream and consumer configs, not other JSON', () => {
    expect(natsJetstreamImporter.detect('{"name":"S","subjects":["a"],"retention":"limits"}')).toBe(true);
    expect(natsJetstreamImporter.detect('{"durable_name":"c","ack_policy":"explicit"}')).toBe(true);
    expect(natsJetstreamImporter.detect('{"rabbit_version":"3","queues":[],"subjects":[],"retention":1}')).toBe(false);
    expect(natsJetstreamImporter.detect('subjects: [a]\nretention: limits\n')).toBe(false);
  });

  it('maps a stream config, converting nanosecond durations', () => {
    const { design, report } = ok(
      natsJetstreamImporter.import(
        JSON.stringify({
          name: 'ORDERS',
          subjects: ['orders.>'],
          retention: 'workqueue',
          storage: 'memory',
          num_replicas: 3,
          max_age: 604_800_000_000_000,
          duplicate_window: 120_000_000_000,
          max_bytes: 1_073_741_824,
          max_msgs: -1,
          max_msg_size: -1,
          discard: 'new',
          max_consumers: -1,
          sealed: false,
          allow_direct: true,
        }),
      ),
    );
    expect(design.nodes).toMatchObject([
      {
        kind: 'nats-stream',
        name: 'ORDERS',
        subjects: ['orders.>'],
        retention: 'workqueue',
        storage: 'memory',
        num_replicas: 3,
        max_age: '7d',
        duplicate_window: '2m',
        max_bytes: 1_073_741_824,
        discard: 'new',
      },
    ]);
    expect(design.clusters).toMatchObject([{ broker: 'nats' }]);
    // Defaults are not reported; what the design cannot hold is.
    expect(report).not.toMatch(/max_consumers|sealed/);
    expect(report).toMatch(/allow_direct/);
  });

  it('maps a consumer info document to a consumer group reading its stream', () => {
    const { design, report } = ok(
      natsJetstreamImporter.import(
        JSON.stringify({
          stream_name: 'ORDERS',
          name: 'worker',
          config: {
            durable_name: 'worker',
            ack_policy: 'explicit',
            ack_wait: 45_000_000_000,
            max_deliver: 7,
            backoff: [1_000_000_000, 1_500_000],
            filter_subject: 'orders.new',
            deliver_group: 'workers',
            max_ack_pending: 50,
          },
        }),
      ),
    );
    const group = design.nodes.find((n) => n.kind === 'consumer-group');
    expect(group).toMatchObject({
      name: 'worker',
      groupId: 'worker',
      nats: { durable: true, ack_policy: 'explicit', ack_wait: '45s', max_deliver: 7, backoff: ['1s', '1500000ns'], filter_subjects: ['orders.new'], deliver_group: 'workers', max_ack_pending: 50 },
    });
    expect(design.connections.map((c) => c.kind)).toEqual(['consume']);
    expect(report).toMatch(/Stream "ORDERS" is only named here/);
  });

  it('reports values the server refuses', () => {
    const { report } = ok(natsJetstreamImporter.import('{"name":"bad.name","subjects":["a"],"storage":"disk","retention":"forever","max_age":-5}'));
    expect(report).toMatch(/not a valid stream name/);
    expect(report).toMatch(/storage "disk" is not file or memory/);
    expect(report).toMatch(/retention "forever" is not one of/);
    expect(report).toMatch(/max_age: -5 is not a duration/);
  });
});
