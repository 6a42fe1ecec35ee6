import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { readYamlLikeGo, requireGo } from '../testing/go-check';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { hostileName, kafkaDesignArb } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { parseYamlDocs } from '../testing/exports/parse-back';
import { validateTopicctlCluster, validateTopicctlTopic } from '../testing/exports/topicctl-validate';
import { topicctlExporter } from './topicctl';

type Doc = { meta: Record<string, unknown>; spec: Record<string, unknown> };

requireGo('topicctl export tests (files are read back as topicctl reads them, with yaml.v2)');

/** Validates all files of a topicctl export as topicctl would; returns the problems. */
function check(design: Design): string[] {
  const result = topicctlExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const problems: string[] = [];
  const clusters = new Map<string, Doc>();
  for (const file of result.files.filter((f) => f.path.endsWith('/cluster.yaml'))) {
    const [doc] = parseYamlDocs(file.content) as Doc[];
    problems.push(...validateTopicctlCluster(doc).map((p) => `${file.path}: ${p}`));
    clusters.set(file.path.replace(/\/cluster\.yaml$/, ''), doc);
  }
  for (const file of result.files.filter((f) => f.path.includes('/topics/'))) {
    const docs = parseYamlDocs(file.content) as Doc[];
    expect(docs).toHaveLength(1);
    const dir = file.path.replace(/\/topics\/[^/]+$/, '');
    const cluster = clusters.get(dir)!;
    const racks = design.clusters.find((c) => c.id === cluster.meta.name)?.racks;
    const meta = cluster.meta as { name: string; environment: string; region: string };
    problems.push(...validateTopicctlTopic(docs[0], { ...meta, racks }).map((p) => `${file.path}: ${p}`));
  }
  return problems;
}

describe('topicctl exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('topicctl', fixture, topicctlExporter.export(loadFixture(fixture)));
  });

  it('writes configs topicctl accepts for the order pipeline', () => {
    expect(check(loadFixture('kafka-order-pipeline'))).toEqual([]);
  });

  it('uses retentionMinutes for whole minutes and retention.ms otherwise, never both', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka', racks: 1 }],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'a', cluster: 'k', replicationFactor: 1, config: { 'retention.ms': 3_600_000 } },
        { kind: 'kafka-topic', id: 'b', name: 'b', cluster: 'k', replicationFactor: 1, config: { 'retention.ms': 90_500 } },
        { kind: 'kafka-topic', id: 'c', name: 'c', cluster: 'k', replicationFactor: 1, config: { 'retention.ms': -1 } },
      ],
    });
    const result = topicctlExporter.export(design);
    if (!result.ok) throw new Error('refused');
    const spec = (path: string) => (parseYamlDocs(result.files.find((f) => f.path === path)!.content)[0] as Doc).spec;
    expect(spec('k/topics/a.yaml')).toMatchObject({ retentionMinutes: 60, placement: { strategy: 'any' } });
    expect((spec('k/topics/a.yaml').settings as Record<string, unknown>)['retention.ms']).toBeUndefined();
    expect(spec('k/topics/b.yaml').settings).toMatchObject({ 'retention.ms': 90_500 });
    expect(spec('k/topics/c.yaml').settings).toMatchObject({ 'retention.ms': -1 });
    expect(check(design)).toEqual([]);
  });

  it("writes the design's placement, so topicctl apply moves no replica the design did not ask to move", () => {
    const topic = (id: string, fields: Record<string, unknown>) => ({ kind: 'kafka-topic', id, name: id, cluster: 'k', partitions: 3, replicationFactor: 2, ...fields });
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka', racks: 3 }],
      nodes: [
        topic('in-rack', { placement: 'in-rack' }),
        topic('balanced', { placement: 'balanced-leaders', placementPicker: 'cluster-use' }),
        topic('static', {
          placement: 'static',
          staticAssignments: [
            [1, 2],
            [2, 3],
            [3, 1],
          ],
        }),
        topic('static-in-rack', { placement: 'static-in-rack', staticRackAssignments: ['zone1', 'zone2', 'zone3'], placementPicker: 'lowest-index' }),
        topic('unset', {}),
      ],
    });
    const result = topicctlExporter.export(design);
    if (!result.ok) throw new Error(result.errors[0].message);
    const placement = (id: string) => (readYamlLikeGo(result.files.find((f) => f.path === `k/topics/${id}.yaml`)!.content)[0] as Doc).spec.placement;
    expect(placement('in-rack')).toEqual({ strategy: 'in-rack' });
    expect(placement('balanced')).toEqual({ strategy: 'balanced-leaders', picker: 'cluster-use' });
    expect(placement('static')).toEqual({
      strategy: 'static',
      staticAssignments: [
        [1, 2],
        [2, 3],
        [3, 1],
      ],
    });
    expect(placement('static-in-rack')).toEqual({ strategy: 'static-in-rack', picker: 'lowest-index', staticRackAssignments: ['zone1', 'zone2', 'zone3'] });
    // Unset: the export chooses, and says nothing the design did not (cross-rack fits 2 replicas on 3 racks).
    expect(placement('unset')).toEqual({ strategy: 'cross-rack' });
    expect(check(design)).toEqual([]);
  });

  it('refuses a placement topicctl refuses, in its words', () => {
    const refusal = (fields: Record<string, unknown>) => {
      const result = topicctlExporter.export(
        makeDesign({
          clusters: [{ id: 'k', name: 'K', broker: 'kafka', racks: 2 }],
          nodes: [{ kind: 'kafka-topic', id: 't', name: 't', cluster: 'k', partitions: 3, replicationFactor: 3, ...fields }],
        }),
      );
      return result.ok ? undefined : result.errors.map((e) => e.message).join('\n');
    };
    expect(refusal({ placement: 'static' })).toMatch(/topicctl refuses its placement static: "Static assignments must be same length as partitions"/);
    expect(refusal({ placement: 'static', staticAssignments: [[1], [2], [3]] })).toMatch(/"Static assignment rows must match replication factor"/);
    expect(refusal({ placement: 'static-in-rack', staticRackAssignments: ['a'] })).toMatch(/"Static rack assignments must be same length as partitions"/);
    expect(refusal({ placement: 'balanced-leaders' })).toMatch(/"Number of partitions \(3\) is not a multiple of the number of racks \(2\)"/);
    expect(refusal({ placement: 'cross-rack' })).toMatch(/"Replication factor \(3\) cannot be larger than the number of racks \(2\)"/);
    expect(refusal({ placement: 'in-rack' })).toBeUndefined();
  });

  it('keeps topic file names apart on case-insensitive file systems', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'Orders', cluster: 'k' },
        { kind: 'kafka-topic', id: 'b', name: 'orders', cluster: 'k' },
      ],
    });
    const result = topicctlExporter.export(design);
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['k/cluster.yaml', 'k/topics/Orders.yaml', 'k/topics/orders-2.yaml']);
  });

  it('writes valid configs for generated designs with hostile names and notes', () => {
    let checked = 0;
    fc.assert(
      fc.property(kafkaDesignArb({ text: hostileName() }), (design) => {
        if (!topicctlExporter.export(design).ok) return;
        expect(check(design)).toEqual([]);
        checked++;
      }),
      { numRuns: 80 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});

requireSharedDir('topicctl corpus');
describe('the topicctl checks used above agree with the topicctl corpus (../shared/corpus/topicctl)', () => {
  const dir = sharedPath('corpus', 'topicctl');
  const files = readdirSync(dir);

  it('accepts the cluster and valid topic files, and rejects the invalid one', () => {
    for (const file of files) {
      const docs = parseYamlDocs(readFileSync(`${dir}/${file}`, 'utf8'));
      for (const doc of docs) {
        const isCluster = file.includes('cluster');
        const problems = isCluster ? validateTopicctlCluster(doc) : validateTopicctlTopic(doc);
        if (file.includes('invalid')) {
          expect(problems, file).toEqual(expect.arrayContaining([expect.stringMatching(/environment/), expect.stringMatching(/ReplicationFactor/), expect.stringMatching(/PlacementStrategy/)]));
        } else {
          expect(problems, file).toEqual([]);
        }
      }
    }
  });

  it('writes only keys that appear in the corpus or export-formats §4', () => {
    const corpusKeys = new Set<string>();
    for (const file of files) for (const doc of parseYamlDocs(readFileSync(`${dir}/${file}`, 'utf8'))) walkInto(doc, '', corpusKeys);
    const result = topicctlExporter.export(loadFixture('kafka-order-pipeline'));
    if (!result.ok) throw new Error('refused');
    const ours = new Set<string>();
    for (const file of result.files) for (const doc of parseYamlDocs(file.content)) walkInto(doc, '', ours);
    // meta.labels and meta.consumers are in export-formats §4.2 (and topicctl's TopicMeta) but not in the corpus files.
    const extra = [...ours].filter((k) => !corpusKeys.has(k) && !['meta.labels', 'meta.consumers'].includes(k));
    expect(extra).toEqual([]);
  });
});

function walkInto(value: unknown, prefix: string, out: Set<string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(`${prefix}${k}`);
      if (!['settings', 'labels'].includes(k)) walkInto(v, `${prefix}${k}.`, out);
    }
  }
}
