import fc from 'fast-check';
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { arbNatsDesign } from '../testing/arbitrary-design';
import { addConsumer, deleteStreams } from '../testing/jetstream-cleanup';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { NATS_NOT_CARRIED_FILE, natsJetstreamExporter } from './nats-jetstream';
import { loadFixture } from '../testing/exports/fixtures';

/**
 * The NATS JetStream export on a real JetStream cluster (three of Debian's
 * nats-server 2.9.10, started here on 127.0.0.1): every exported stream and
 * consumer is created, unchanged, through the `nats` client's JetStream
 * manager, and the server's stored config must hold every exported value,
 * but for what the server itself keeps otherwise: it never stores a
 * consumer's `stream_name` (the export names the stream there for the
 * import), and with a backoff list it stores backoff[0] as ack_wait.
 */

requireNatsServer('NATS export tests against a real nats-server');

let server: NatsServer;
let nc: NatsConnection;
let jsm: JetStreamManager;

beforeAll(async () => {
  server = await startNatsServer({ nodes: 3 });
  nc = await connect({ servers: server.urls });
  // A clustered JetStream API answers slowly when the machine is busy (other test files run beside this one).
  jsm = await nc.jetstreamManager({ timeout: 30_000 });
}, 30_000);

afterAll(async () => {
  await nc?.close();
  await server?.stop();
}, 30_000);

type Config = Record<string, unknown>;

function exported(design: Design): { streams: Config[]; consumers: Array<{ stream: string; config: Config }> } {
  const result = natsJetstreamExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const streams: Config[] = [];
  const consumers: Array<{ stream: string; config: Config }> = [];
  for (const file of result.files) {
    if (file.path === NATS_NOT_CARRIED_FILE) continue;
    const config = JSON.parse(file.content) as Config;
    if (file.path.endsWith('.stream.json')) streams.push(config);
    else consumers.push({ stream: file.path.split('.')[0], config });
  }
  return { streams, consumers };
}

/** Creates everything the export describes and checks that the server kept every exported value. */
async function createAndReadBack(design: Design): Promise<void> {
  const { streams, consumers } = exported(design);
  try {
    for (const config of streams) {
      await jsm.streams.add(structuredClone(config)); // the client adds keys to the object it is given
      const info = await jsm.streams.info(config.name as string);
      expect(info.config, `stream ${String(config.name)} as stored by the server`).toMatchObject(config);
    }
    for (const { stream, config } of consumers) {
      const created = await addConsumer(jsm, stream, config as never);
      const info = await jsm.consumers.info(stream, created.name);
      const { stream_name: named, ...stored } = config;
      expect(named).toBe(stream);
      if (Array.isArray(stored.backoff)) stored.ack_wait = stored.backoff[0];
      expect(info.config, `consumer ${created.name} of ${stream} as stored by the server`).toMatchObject(stored);
    }
  } finally {
    await deleteStreams(
      jsm,
      streams.map((config) => config.name as string),
    );
  }
}

async function serverRefuses(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the server accepted it');
}

describe('NATS JetStream JSON on nats-server 2.9.10', () => {
  it.each(['nats-work-queue', 'nats-event-streams'])(
    '%s: every stream and consumer is created and read back as exported',
    async (fixture) => {
      await createAndReadBack(loadFixture(fixture));
      // A clustered JetStream API answers in seconds on a busy machine (2 s alone; over the 5 s default beside other files).
    },
    60_000,
  );

  it('generated designs (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(arbNatsDesign({ version: '2.9', maxReplicas: 3 }), async (design) => {
        fc.pre(natsJetstreamExporter.export(design).ok);
        await createAndReadBack(design);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  describe('what the exporter refuses, the server refuses too', () => {
    const refused = (design: Design) => expect(natsJetstreamExporter.export(design).ok).toBe(false);

    it('a duplicate window longer than max_age', async () => {
      refused(makeDesign({ nodes: [{ kind: 'nats-stream', id: 's', name: 'DW', subjects: ['dw'], max_age: '1m', duplicate_window: '2m', num_replicas: 1 }] }));
      expect(await serverRefuses(() => jsm.streams.add({ name: 'DW', subjects: ['dw'], max_age: 60e9, duplicate_window: 120e9 }))).toMatch(/duplicate/i);
    });

    it('subjects that overlap each other or another stream', async () => {
      refused(makeDesign({ nodes: [{ kind: 'nats-stream', id: 'a', name: 'SELF', subjects: ['self.>', 'self.a'], num_replicas: 1 }] }));
      expect(await serverRefuses(() => jsm.streams.add({ name: 'SELF', subjects: ['self.>', 'self.a'] }))).toMatch(/overlap/i);
      refused(
        makeDesign({
          nodes: [
            { kind: 'nats-stream', id: 'a', name: 'A', subjects: ['ov.>'], num_replicas: 1 },
            { kind: 'nats-stream', id: 'b', name: 'B', subjects: ['ov.*'], num_replicas: 1 },
          ],
        }),
      );
      await jsm.streams.add({ name: 'OVA', subjects: ['ov.>'] });
      try {
        expect(await serverRefuses(() => jsm.streams.add({ name: 'OVB', subjects: ['ov.*'] }))).toMatch(/overlap/i);
      } finally {
        await jsm.streams.delete('OVA');
      }
    });

    it('consumers: backoff not shorter than max_deliver, explicit acks on work queues', async () => {
      const design = (retention: string, nats: Record<string, unknown>) =>
        makeDesign({
          nodes: [
            { kind: 'nats-stream', id: 's', name: 'CQ', subjects: ['cq.>'], retention, num_replicas: 1 },
            { kind: 'consumer-group', id: 'g', groupId: 'G', nats },
          ],
          connections: [{ from: 's', to: 'g', kind: 'consume' }],
        });
      refused(design('limits', { backoff: ['1s', '2s'], max_deliver: 2 }));
      refused(design('workqueue', { ack_policy: 'none' }));
      refused(design('workqueue', { ack_policy: 'all' }));
      await jsm.streams.add({ name: 'CQ', subjects: ['cq.>'] });
      await jsm.streams.add({ name: 'CW', subjects: ['cw.>'], retention: 'workqueue' as never });
      try {
        expect(await serverRefuses(() => jsm.consumers.add('CQ', { durable_name: 'B', ack_policy: 'explicit' as never, backoff: [1e9, 2e9], max_deliver: 2 }))).toMatch(/backoff/i);
        expect(await serverRefuses(() => jsm.consumers.add('CW', { durable_name: 'N', ack_policy: 'none' as never }))).toMatch(/requires ack/i);
        expect(await serverRefuses(() => jsm.consumers.add('CW', { durable_name: 'W', ack_policy: 'all' as never }))).toMatch(/explicit/i);
      } finally {
        await jsm.streams.delete('CQ');
        await jsm.streams.delete('CW');
      }
    });
  });
});
