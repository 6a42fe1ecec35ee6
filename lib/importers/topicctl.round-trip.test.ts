import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { Design } from '../design';
import type { ExportFile } from '../exporters/exporter';
import { groupIdOf, kafkaClients, topicSettings } from '../exporters/kafka-common';
import { configValueText } from '../exporters/kafka-config-domain';
import { kafkaDesignArb, withPlacements } from '../testing/exports/arbitraries';
import { TOPICCTL_SETTINGS, topicctlExporter } from '../exporters/topicctl';
import { readYamlLikeGo, requireGo } from '../testing/go-check';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { topicctlImporter } from './topicctl';

/**
 * Round trips through topicctl configs.
 *
 * design → cluster.yaml and topic files → design keeps, for each topic, the
 * partitions, replication factor, placement (strategy, picker, static and
 * static-in-rack assignments), the settings topicctl accepts, its role, its
 * message type and notes, and the ids of the consumer groups reading it; and
 * the cluster's environment. A design without a placement gets the one the
 * export chose, and exports again to the same files. (What topicctl cannot
 * hold is listed in the files: not-carried.test.ts.)
 *
 * Corpus topic files → design → topic file give what `topicctl apply` would
 * do: the same spec (partitions, replicas, retention, settings, placement),
 * read as topicctl reads YAML (Go's yaml.v2).
 */

requireSharedDir('topicctl round trips');
requireGo('topicctl round trips (files are read with Go yaml.v2, as topicctl reads them)');

/** The topicctl export of one cluster as the one text topicctl reads for it: cluster.yaml, then its topics. */
function clusterTexts(files: ExportFile[]): string[] {
  const clusters = files.filter((f) => f.path.endsWith('/cluster.yaml')).map((f) => f.path.slice(0, -'cluster.yaml'.length));
  return clusters.map((dir) => [files.find((f) => f.path === `${dir}cluster.yaml`)!, ...files.filter((f) => f.path.startsWith(`${dir}topics/`))].map((f) => f.content).join('---\n'));
}

function topicFacts(topic: ResolvedKafkaTopic, consumers: string[]) {
  return {
    name: topic.name,
    partitions: topic.partitions,
    replicas: topic.replicationFactor,
    placement: topic.placement,
    picker: topic.placementPicker,
    static: topic.placement === 'static' ? topic.staticAssignments : undefined,
    staticRack: topic.placement === 'static-in-rack' ? topic.staticRackAssignments : undefined,
    settings: Object.fromEntries(
      topicSettings(topic)
        .filter(([k]) => TOPICCTL_SETTINGS.has(k))
        .map(([k, v]) => [k, configValueText(v)]),
    ),
    role: topic.role,
    messageType: topic.messageSchema.name,
    notes: topic.notes,
    // Two nodes with one group id are one Kafka consumer group.
    consumers: [...new Set(consumers)].sort(),
  };
}

function facts(document: Design) {
  const design = resolveDesign(document);
  const readers = new Map<ResolvedKafkaTopic, string[]>();
  for (const client of kafkaClients(design)) {
    if (client.node.kind !== 'consumer-group') continue;
    for (const topic of client.reads) readers.set(topic, [...(readers.get(topic) ?? []), groupIdOf(client.node)]);
  }
  const topics = design.nodes.flatMap((n) => (n.kind === 'kafka-topic' ? [topicFacts(n, readers.get(n) ?? [])] : []));
  return { topics: topics.sort((a, b) => (a.name < b.name ? -1 : 1)), environments: design.clusters.filter((c) => design.nodes.some((n) => n.cluster === c.id)).map((c) => c.environment) };
}

/** One cluster, topics with distinct names, placements, group ids, and notes without surrounding spaces (a YAML block keeps none). */
const designs = withPlacements(
  kafkaDesignArb({ topicName: fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/), groupId: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) }).map((d) => ({
    ...d,
    clusters: d.clusters.slice(0, 1),
    nodes: d.nodes.map((n) => ({
      ...n,
      ...(n.cluster !== undefined ? { cluster: d.clusters[0].id } : {}),
      ...(n.notes !== undefined ? { notes: n.notes.trim() || undefined } : {}),
    })) as Design['nodes'],
  })),
).filter((d) => new Set(d.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.name)).size === d.nodes.filter((n) => n.kind === 'kafka-topic').length);

describe('design → topicctl configs → design', () => {
  it('keeps every topic fact topicctl holds, and exports again to the same files (fast-check)', () => {
    let exported = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const out = topicctlExporter.export(design);
        if (!out.ok) return;
        exported++;
        const [text] = clusterTexts(out.files);
        const back = topicctlImporter.import(text, 'cluster.yaml');
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
        const was = facts(design);
        const now = facts(back.design);
        // A topic without a placement comes back with the one the export wrote (Kafka's own assignment is not a topicctl strategy).
        expect(now).toEqual({ ...was, topics: was.topics.map((t, i) => (t.placement === undefined ? { ...t, placement: now.topics[i].placement } : t)) });
        const again = topicctlExporter.export(back.design);
        if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
        const configs = (files: ExportFile[]) => files.filter((f) => f.path.includes('/topics/')).map((f) => ({ ...f, path: f.path.slice(f.path.indexOf('/topics/')) }));
        expect(configs(again.files)).toEqual(configs(out.files));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 100) },
    );
    expect(exported).toBeGreaterThan(20);
  }, 60_000);
});

describe('topicctl corpus: topic file → design → topic file, as topicctl apply reads it', () => {
  const text = (file: string) => readFileSync(sharedPath('corpus', 'topicctl', file), 'utf8');
  /** A topic's spec as topicctl reads it, retention in minutes or ms made one value. */
  function spec(yaml: string) {
    const docs = yaml.split(/^---$/m).map((d) => readYamlLikeGo(d) as { meta?: { name: string }; spec?: Record<string, unknown> } | null);
    return docs
      .filter((d) => d?.spec && 'partitions' in d.spec)
      .map((d) => {
        const { retentionMinutes, settings = {}, ...rest } = d!.spec as { retentionMinutes?: number; settings?: Record<string, unknown> };
        const retention = retentionMinutes !== undefined ? { 'retention.ms': retentionMinutes * 60_000 } : {};
        return { name: d!.meta!.name, ...rest, settings: { ...(settings as Record<string, unknown>), ...retention } };
      });
  }

  it.each(['segmentio__topicctl__topic-default.yaml', 'segmentio__topicctl__topic-static.yaml', 'segmentio__topicctl__topic-static-in-rack.yaml', 'segmentio__topicctl__topic-test-multi.yaml'])(
    '%s',
    (file) => {
      const imported = topicctlImporter.import(text(file), file);
      if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
      const exported = topicctlExporter.export(imported.design);
      if (!exported.ok) throw new Error(exported.errors.map((e) => e.message).join('\n'));
      const before = spec(text(file));
      const after = exported.files.filter((f) => f.path.includes('/topics/')).flatMap((f) => spec(f.content));
      expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name));
      after.forEach((topic, i) => {
        const { settings, ...rest } = topic;
        const { settings: was, ...wasRest } = before[i];
        expect(rest).toEqual(wasRest);
        expect(Object.fromEntries(Object.entries(settings).filter(([k]) => k in was))).toEqual(was);
        expect(
          Object.keys(settings).filter((k) => !(k in was)),
          `${topic.name}: settings the file does not set`,
        ).toEqual([]);
      });
    },
  );
});
