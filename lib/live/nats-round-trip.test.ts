import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { Design } from '../design';
import { NATS_NOT_CARRIED_FILE, natsJetstreamExporter } from '../exporters/nats-jetstream';
import { importFiles } from '../families';
import { arbNatsDesign } from '../testing/arbitrary-design';
import { stackNodes } from '../testing/compose-stack';
import { requireGo } from '../testing/go-check';
import { addConsumer, deleteStreams } from '../testing/jetstream-cleanup';
import { natsFacts } from '../testing/nats-facts';
import { requireNatsServer, startNatsServer, type NatsServer } from '../testing/nats-server';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { natsSnapshotToDesign } from './nats-snapshot-design';

/**
 * Round trips through a real JetStream cluster (five of Debian's nats-server
 * 2.9.10, started here): a design's exported streams and consumers, created
 * unchanged, read back with the nats client's JetStream manager and imported
 * again, give the same design (what nats-server keeps otherwise is the one
 * difference: with a backoff list it stores backoff[0] as ack_wait); and the
 * corpus's NATS files the server accepts give, after file → design → file,
 * configurations the server stores exactly as it stores the originals.
 */

requireNatsServer('NATS round trips on a real JetStream cluster');
requireSharedDir('NATS round trips on a real JetStream cluster');
requireGo('NATS round trips (the compose stack of each design is loaded with compose-go)');

/** The servers this file starts: the compose stack of a design with a 5-replica stream runs five. */
const SERVERS = 5;

let server: NatsServer;
let nc: NatsConnection;
let jsm: JetStreamManager;

beforeAll(async () => {
  server = await startNatsServer({ nodes: SERVERS });
  nc = await connect({ servers: server.urls });
  // A clustered JetStream API answers slowly when the machine is busy (other test files run beside this one).
  jsm = await nc.jetstreamManager({ timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await nc?.close();
  await server?.stop();
}, 30_000);

type Config = Record<string, unknown>;

/** Streams this file made, so each test starts from an empty account. */
const made = new Set<string>();

async function deleteAllStreams(): Promise<void> {
  await deleteStreams(jsm, made);
  made.clear();
}

/** Creates what a NATS export holds, unchanged: streams, then consumers on the stream each names. */
async function apply(files: ReadonlyArray<{ path: string; content: string }>): Promise<void> {
  const configs = files.filter((f) => f.path !== NATS_NOT_CARRIED_FILE).map((f) => ({ path: f.path, config: JSON.parse(f.content) as Config }));
  for (const { path: file, config } of configs) {
    if (!file.endsWith('.stream.json')) continue;
    await jsm.streams.add(config as never);
    made.add(config.name as string);
  }
  for (const { path: file, config } of configs) if (file.endsWith('.consumer.json')) await addConsumer(jsm, config.stream_name as string, config as never);
}

/**
 * Everything the account holds, read back through the JetStream API's lists.
 * In a cluster a list is answered by the meta leader from what the other
 * servers report, and under load it can come back short (the API marks such
 * a page `missing`): the read is repeated until it holds `streams` streams.
 */
async function snapshot(streams: number) {
  for (let attempt = 0; ; attempt++) {
    const infos = await jsm.streams.list().next();
    const consumers = [];
    for (const stream of infos) consumers.push(...(await jsm.consumers.list(stream.config.name).next()));
    if (infos.length === streams || attempt === 50) return { streams: infos, consumers };
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('NATS JetStream round trips on a 5-server cluster', () => {
  it('design → export → server → live import → the same design (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(arbNatsDesign({ version: '2.9', maxReplicas: 5 }), async (design: Design) => {
        const exported = natsJetstreamExporter.export(design);
        fc.pre(exported.ok);
        if (!exported.ok) return;
        // The design's compose stack runs the servers its largest stream needs, and this cluster is no larger.
        const replicas = Math.max(1, ...resolveDesign(design).nodes.map((n) => (n.kind === 'nats-stream' ? n.num_replicas : 1)));
        expect(stackNodes(design, 'nats:')).toBe(replicas);
        await deleteAllStreams();
        await apply(exported.files);
        const live = natsSnapshotToDesign(await snapshot(exported.files.filter((f) => f.path.endsWith('.stream.json')).length));
        if (!live.ok) throw new Error(live.errors.map((e) => e.message).join('\n'));
        expect(natsFacts(live.design)).toEqual(natsFacts(design, { server: true }));
      }),
      { numRuns: 15 },
    );
  }, 180_000);

  it('a stream with five replicas comes back on a cluster that holds it, and the server takes the export', async () => {
    await deleteAllStreams();
    const file = JSON.stringify({ name: 'R5', subjects: ['r5.>'], num_replicas: 5, retention: 'limits', storage: 'file' });
    const imported = importFiles([{ path: 'R5.stream.json', text: file }], 'nats-jetstream');
    if (!imported.ok) throw new Error(imported.errors[0].message);
    const exported = natsJetstreamExporter.export(imported.design);
    if (!exported.ok) throw new Error(exported.errors[0].message);
    expect(stackNodes(imported.design, 'nats:')).toBe(SERVERS);
    await apply(exported.files);
    expect((await jsm.streams.info('R5')).cluster?.replicas).toHaveLength(4);
  }, 60_000);

  describe('corpus files: file → design → file is stored as the original is', () => {
    const dir = sharedPath('corpus', 'nats');
    const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    /** What the server stores for a stream, and for a consumer on it, from these configs. */
    async function stored(stream: Config, consumer?: Config) {
      await deleteAllStreams();
      const streamInfo = await jsm.streams.add(stream as never);
      made.add(streamInfo.config.name);
      const consumerInfo = consumer ? await addConsumer(jsm, streamInfo.config.name, consumer as never) : undefined;
      const { created: _s, ...streamConfig } = { ...streamInfo.config, created: undefined };
      return { stream: streamConfig, consumer: consumerInfo?.config };
    }
    /**
     * The corpus files → design → NATS files, as configs. natscli's consumer file names no stream (`nats consumer
     * add STREAM` does): the import says to connect it, and this does, as the user would.
     */
    function reexported(files: string[]): Config[] {
      const imported = importFiles(
        files.map((f) => ({ path: f, text: text(f) })),
        'nats-jetstream',
      );
      if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
      const stream = imported.design.nodes.find((n) => n.kind === 'nats-stream');
      const loose = imported.design.nodes.filter((n) => n.kind === 'consumer-group' && !imported.design.connections.some((c) => c.to === n.id));
      const design: Design = {
        ...imported.design,
        connections: [...imported.design.connections, ...loose.map((g) => ({ id: `${stream!.id}--${g.id}`, kind: 'consume' as const, from: stream!.id, to: g.id }))],
      };
      const exported = natsJetstreamExporter.export(design);
      if (!exported.ok) throw new Error(exported.errors.map((e) => e.message).join('\n'));
      return exported.files.filter((f) => f.path !== NATS_NOT_CARRIED_FILE).map((f) => JSON.parse(f.content) as Config);
    }

    it('lists every corpus file here or says why the server refuses it', () => {
      // The nats.java fixtures mix what the server refuses together (a mirror with sources; pull options on a push
      // consumer); the import says so (corpus.test.ts), and there is no original the server would store.
      expect(readdirSync(dir).sort()).toEqual([
        'nats-io__nats.java__ConsumerConfiguration.json',
        'nats-io__nats.java__StreamConfiguration.json',
        'nats-io__natscli__ORDERS_config.json',
        'nats-io__natscli__mem1_config.json',
        'nats-io__natscli__mem1_pull1_consumer.json',
      ]);
    });

    it('natscli ORDERS_config.json (named on the command line: ORDERS)', async () => {
      const [again] = reexported(['ORDERS_config.json'].map((f) => `nats-io__natscli__${f}`));
      const original = { ...(JSON.parse(text('nats-io__natscli__ORDERS_config.json')) as Config), name: again.name };
      expect(await stored(again)).toEqual(await stored(original));
    }, 60_000);

    it('natscli mem1_config.json with its pull1 consumer', async () => {
      const files = ['nats-io__natscli__mem1_config.json', 'nats-io__natscli__mem1_pull1_consumer.json'];
      const again = reexported(files);
      const stream = again.find((c) => 'subjects' in c)!;
      const consumer = again.find((c) => !('subjects' in c))!;
      const original = { ...(JSON.parse(text(files[0])) as Config), name: stream.name };
      const originalConsumer = JSON.parse(text(files[1])) as Config;
      expect(await stored(stream, consumer)).toEqual(await stored(original, originalConsumer));
    }, 60_000);
  });
});
