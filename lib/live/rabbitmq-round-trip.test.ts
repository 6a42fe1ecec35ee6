import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { rabbitmqDefinitionsExporter } from '../exporters/rabbitmq-definitions';
import { rabbitmqDefinitionsImporter } from '../importers/rabbitmq-definitions';
import { arbRabbitDesign } from '../testing/arbitrary-design';
import { withRabbitPolicies } from '../testing/arbitrary-rabbitmq-policies';
import { stackNodes } from '../testing/compose-stack';
import { requireGo } from '../testing/go-check';
import { requireRabbitmq, startRabbitBroker, type RabbitBroker } from '../testing/rabbitmq-broker';
import { definitionLines, management, withDefaultUser, type Definitions } from '../testing/rabbitmq-definitions';
import { rabbitFacts } from '../testing/rabbitmq-facts';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { importLive } from './import-live';

/**
 * Round trips through a real RabbitMQ (Debian's 3.10.8, one node as in the
 * design's compose stack, with the management and federation plugins): a
 * design's definitions.json, loaded unchanged, read back through the
 * management API by the live import, gives the same design (exchanges,
 * queues, bindings, alternate and dead-letter links, policies by pattern and
 * what they give each queue); and each corpus file that imports, after
 * file → design → definitions.json, makes the broker hold what the original
 * makes it hold. Files are loaded with POST /api/definitions, which runs the
 * same import as `rabbitmqctl import_definitions` and says why it refuses.
 */

requireRabbitmq('RabbitMQ round trips on a real broker');
requireSharedDir('RabbitMQ round trips on a real broker');
requireGo('RabbitMQ round trips (the compose stack of each design is loaded with compose-go)');

let broker: RabbitBroker;

beforeAll(async () => {
  broker = await startRabbitBroker({ management: true, plugins: ['rabbitmq_federation'] });
}, 90_000);

afterAll(async () => {
  await broker?.stop();
}, 60_000);

function exported(design: Design): Definitions {
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return JSON.parse(result.files[0].content) as Definitions;
}

/** Deletes `vhosts` with all they hold; the default vhost `/` is made again, empty and open to guest. */
async function deleteVhosts(vhosts: ReadonlySet<string>): Promise<void> {
  for (const vhost of vhosts) await management(broker, 'DELETE', `vhosts/${encodeURIComponent(vhost)}`).catch(() => undefined);
  if (vhosts.has('/')) {
    await management(broker, 'PUT', 'vhosts/%2F', {});
    await management(broker, 'PUT', 'permissions/%2F/guest', { configure: '.*', write: '.*', read: '.*' });
  }
}

let run = 0;

describe('RabbitMQ round trips on RabbitMQ 3.10.8', () => {
  it('design → definitions.json → broker → live import → the same design (fast-check), on the one node the compose stack runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        withRabbitPolicies(arbRabbitDesign({ vhost: 'round trip' })).map((d) => withDefaultUser(d, 'guest')),
        async (generated) => {
          // Each run in a vhost of its own, so nothing is left from the one before.
          const vhost = `round trip ${++run}`;
          const design = {
            ...generated,
            nodes: generated.nodes.map((n) => ('vhost' in n ? { ...n, vhost } : n)),
            clusters: generated.clusters.map((c) => ({ ...c, policies: c.policies?.map((p) => ({ ...p, vhost })) })),
          } as Design;
          expect(stackNodes(design, 'rabbitmq:')).toBe(1);
          await management(broker, 'POST', 'definitions', exported(design));
          const live = await importLive({ from: 'rabbitmq', url: `http://guest:guest@127.0.0.1:${broker.managementPort}/`, vhost, timeoutMs: 30_000 });
          if (!live.ok) throw new Error(live.error.message);
          const only = new Set([vhost]);
          expect(rabbitFacts(live.design, only)).toEqual(rabbitFacts(design, only));
          await deleteVhosts(only);
        },
      ),
      // No shrinking: each step is a round trip through the broker, and the first counterexample says enough.
      { numRuns: 12, endOnFailure: true },
    );
  }, 240_000);

  describe('corpus files: file → design → definitions.json makes the broker hold what the original does', () => {
    const dir = sharedPath('corpus', 'rabbitmq');
    const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    /** The vhosts a file's objects are in. */
    const vhostsOf = (defs: Definitions, vhost?: string) =>
      new Set([...defs.queues, ...defs.exchanges, ...defs.bindings, ...(defs.policies ?? [])].map((o) => o.vhost ?? vhost).filter((v): v is string => v !== undefined));

    /**
     * Loads a definitions document (into `vhost` for a per-vhost export) and returns what the broker then holds
     * there. A queue written with x-queue-type classic is the queue written without it on 3.10, which has no
     * default queue type per vhost (a client redeclares either without a difference): the design does not yet
     * tell an unset type from classic (the design model's rework), so the two are compared as one.
     */
    async function load(loaded: Definitions, vhosts: ReadonlySet<string>, vhost?: string): Promise<Set<string>> {
      await deleteVhosts(vhosts);
      // A file that names no vhosts was written for a broker that has them (RabbitMQ's export of a vhost, a snippet).
      for (const v of vhosts) await management(broker, 'PUT', `vhosts/${encodeURIComponent(v)}`, {});
      await management(broker, 'POST', vhost === undefined ? 'definitions' : `definitions/${encodeURIComponent(vhost)}`, loaded);
      const defs = (await management(broker, 'GET', 'definitions')) as Definitions;
      const untyped = (args: Record<string, unknown>) => Object.fromEntries(Object.entries(args).filter(([k, v]) => !(k === 'x-queue-type' && v === 'classic')));
      return definitionLines({ ...defs, queues: defs.queues.map((q) => ({ ...q, arguments: untyped(q.arguments) })) }, vhosts);
    }

    const CASES: Array<[file: string, vhost?: string]> = [
      ['CZERTAINLY__Provisioning-RabbitMQ__definitions.json'],
      ['Dokus-Tech__dokus__definitions.json'],
      ['neicnordic__sensitive-data-archive__definitions.json'],
      ['neicnordic__sensitive-data-archive__federation.json'],
      ['rabbitmq__cluster-operator__import-definitions.json'],
      ['rabbitmq__rabbitmq-server__case1-policies-topic-exchange.json'],
      ['rabbitmq__rabbitmq-server__case13-quorum-queue.json'],
      ['rabbitmq__rabbitmq-server__case3-ha-policy-lazy-queues.json'],
      ['rabbitmq__rabbitmq-server__case9a-multi-vhost-exchanges.json'],
      ['rabbitmq__rabbitmq-server__failing-case21-mixed-queue-types.json', 'mixed'],
    ];

    it('lists every corpus file here or says why the broker cannot hold it', () => {
      // definitions-prefix-dangling-binding.json binds to a queue it never declares: RabbitMQ refuses the
      // whole file (the import notes the dangling binding, corpus.test.ts), so there is no original to compare.
      expect(readdirSync(dir).sort()).toEqual([...CASES.map(([f]) => f), 'neicnordic__sensitive-data-archive__definitions-prefix-dangling-binding.json'].sort());
    });

    it.each(CASES)(
      '%s',
      async (file, vhost) => {
        // Runtime parameters (shovels, federation upstreams) are not part of a design: the import names each one
        // it leaves out (corpus.test.ts), and the broker refuses these without their plugins and real URIs.
        const { parameters: _left, ...original } = JSON.parse(text(file)) as Definitions & { parameters?: unknown };
        const imported = rabbitmqDefinitionsImporter.import(text(file), file, vhost ? { vhost } : {});
        if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
        const again = exported(imported.design);
        const vhosts = vhostsOf(original, vhost);
        const before = await load(original, vhosts, vhost);
        const after = await load(again, vhosts);
        expect([...after].sort()).toEqual([...before].sort());
        await deleteVhosts(vhosts);
      },
      60_000,
    );
  });
});
