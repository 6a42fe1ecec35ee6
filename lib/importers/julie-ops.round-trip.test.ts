import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { Design } from '../design';
import { julieOpsExporter } from '../exporters/julie-ops';
import { clientIdOf, groupIdOf, kafkaClients, producerSettings, topicSettings } from '../exporters/kafka-common';
import { configValueText } from '../exporters/kafka-config-domain';
import { kafkaDesignArb } from '../testing/exports/arbitraries';
import { julieView } from '../testing/julie-topology';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { importFiles } from '../families';

/**
 * Round trips through JulieOps topology descriptors.
 *
 * design → descriptor (with the julie.properties that keeps names exact) →
 * design keeps every topic (name, partitions, replicas, configs) and what
 * each service's principal reads and writes, its group id, transactional id
 * and idempotence. Not in a descriptor: how many instances share a
 * transactional id (several make it a prefix, `<id>-*`), clusters (each descriptor is one JulieOps run),
 * client settings other than idempotence and the transactional id, message
 * schemas beyond the data type, placement.
 *
 * Corpus descriptors → design → descriptor give what JulieOps would create:
 * the same topics under the same full names with their configs, and the same
 * read and write access of each principal to them, and the same groups. Not
 * kept (and reported by the import): connectors, schemas, KSQL, RBAC,
 * platform principals, and that a project role reaches topics added later
 * (JulieOps grants the project prefix; the design connects the project's
 * topics). A config the file leaves out stays unset in the design (the
 * broker's default), and the export writes none the file did not.
 */

requireSharedDir('JulieOps round trips');

function julieFacts(document: Design) {
  const design = resolveDesign(document);
  const topics = design.nodes.flatMap((n) =>
    n.kind === 'kafka-topic' ? [{ name: n.name, partitions: n.partitions, replicas: n.replicationFactor, config: Object.fromEntries(topicSettings(n).map(([k, v]) => [k, configValueText(v)])) }] : [],
  );
  const access = new Set<string>();
  for (const { node, reads, writes } of kafkaClients(design)) {
    // A principal is named after the service's name (its client id), not its node id.
    const name = clientIdOf(node);
    for (const t of reads) access.add(`${name} reads ${t.name}`);
    for (const t of writes) access.add(`${name} writes ${t.name}`);
    if (node.kind === 'consumer-group' && reads.length > 0) access.add(`${name} group ${groupIdOf(node)}`);
    const tx = node.kind === 'producer' ? node.kafka['transactional.id'] : undefined;
    if (tx !== undefined && writes.length > 0) access.add(`${name} transactional.id ${tx}`);
    if (writes.length > 0 && producerSettings(node).some(([k, v]) => k === 'enable.idempotence' && v === true)) access.add(`${name} idempotent`);
  }
  return { topics: [...topics].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.partitions - b.partitions)), access: [...access].sort() };
}

const names = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const designs = kafkaDesignArb({ topicName: fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/), groupId: fc.option(names, { nil: undefined }), transactionalId: fc.option(names, { nil: undefined }) });

describe('design → JulieOps descriptor → design', () => {
  it('keeps topics, and what each principal reads and writes, its group and transactional id (fast-check)', () => {
    let exported = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const out = julieOpsExporter.export(design);
        if (!out.ok) return;
        exported++;
        const back = importFiles(
          out.files.map((f) => ({ path: f.path, text: f.content })),
          'julie-ops',
        );
        if (!back.ok) throw new Error(back.errors.map((e) => e.message).join('\n'));
        expect(julieFacts(back.design)).toEqual(julieFacts(design));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 100) },
    );
    expect(exported).toBeGreaterThan(20);
  }, 60_000);
});

describe('JulieOps corpus: descriptors → design → descriptor, as JulieOps would apply them', () => {
  const corpus = (file: string) => ({ path: file, text: readFileSync(sharedPath('corpus', 'julie', file), 'utf8') });
  it.each([
    ['kafka-ops__julie__descriptor.yaml'],
    ['kafka-ops__julie__descriptor.json'],
    ['kafka-ops__julie__descriptor-with-rbac.yaml'],
    ['kafka-ops__julie__descriptor-with-plans.yaml', 'kafka-ops__julie__plans.yaml'],
  ])('%s', (...files) => {
    const original = files.map(corpus);
    const imported = importFiles(original, 'julie-ops');
    if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
    const exported = julieOpsExporter.export(imported.design);
    if (!exported.ok) throw new Error(exported.errors.map((e) => e.message).join('\n'));
    const before = julieView(original);
    const after = julieView(exported.files.map((f) => ({ path: f.path, text: f.content })));
    expect(after.access).toEqual(before.access);
    expect(after.topics.map((t) => t.name)).toEqual(before.topics.map((t) => t.name));
    after.topics.forEach((topic, i) => {
      const was = before.topics[i];
      // Partitions and replicas the file leaves out are the broker's: the export writes what they resolve to.
      if (was.partitions !== undefined) expect(topic.partitions, `${topic.name} partitions`).toBe(was.partitions);
      if (was.replicas !== undefined) expect(topic.replicas, `${topic.name} replicas`).toBe(was.replicas);
      expect(Object.fromEntries(Object.entries(topic.config).filter(([k]) => k in was.config)), `${topic.name}: the configs the file sets`).toEqual(was.config);
      expect(
        Object.keys(topic.config).filter((k) => !(k in was.config)),
        `${topic.name}: configs the file does not set`,
      ).toEqual([]);
    });
  });
});
