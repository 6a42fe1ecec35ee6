import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { julieOpsExporter } from './julie-ops';
import { hostileName, hostileString, kafkaDesignArb } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { parseJavaProperties, parseYamlDocs } from '../testing/exports/parse-back';
import { schemaErrors, sharedSchema } from '../testing/exports/schemas';

type Topology = {
  context: string;
  projects: Array<{ name: string; topics: Array<{ name: string; config: Record<string, string>; consumers?: Array<{ principal: string; group: string }>; producers?: Array<{ principal: string }> }> }>;
};

function exportOf(design: Design): { topology: Topology; properties: Map<string, string> } {
  const result = julieOpsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return {
    topology: parseYamlDocs(result.files.find((f) => f.path.endsWith('topology.yaml'))!.content)[0] as Topology,
    properties: parseJavaProperties(result.files.find((f) => f.path.endsWith('julie.properties'))!.content),
  };
}

describe('julie-ops exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('julie-ops', fixture, julieOpsExporter.export(loadFixture(fixture)));
  });

  it('keeps exact topic names through the naming format and grants per-topic access', () => {
    const { topology, properties } = exportOf(loadFixture('kafka-order-pipeline'));
    // JulieOps requires both formats together, the project one a prefix of the topic one.
    expect(properties.get('topology.topic.prefix.format')).toBe('{{topic}}');
    expect(properties.get('topology.topic.prefix.format')!.startsWith(properties.get('topology.project.prefix.format')!)).toBe(true);
    const placed = topology.projects[0].topics.find((t) => t.name === 'orders.placed')!;
    expect(placed.config).toMatchObject({ 'replication.factor': '3', 'num.partitions': '12', 'retention.ms': '604800000' });
    expect(Object.values(placed.config).every((v) => typeof v === 'string')).toBe(true);
    expect(placed.producers).toEqual([{ principal: 'User:order-api', idempotence: true }]);
    expect(placed.consumers).toEqual([
      { principal: 'User:order-validator', group: 'order-validator' },
      { principal: 'User:notification-service', group: 'notification-service' },
    ]);
  });

  it('grants a producer with several instances the <transactional.id>- prefix (JulieOps reads a trailing * as a prefix ACL)', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'in', name: 'in' },
        { kind: 'producer', id: 'api', instances: 3, kafka: { 'transactional.id': 'api-tx' } },
        { kind: 'producer', id: 'one', kafka: { 'transactional.id': 'one-tx' } },
      ],
      connections: [
        { from: 'api', to: 'in' },
        { from: 'one', to: 'in' },
      ],
    });
    expect(exportOf(design).topology.projects[0].topics[0].producers).toEqual([
      { principal: 'User:api', idempotence: true, transactionId: 'api-tx-*' },
      { principal: 'User:one', idempotence: true, transactionId: 'one-tx' },
    ]);
  });
});

requireSharedDir('JulieOps descriptor schema');
describe('julie-ops output against descriptor.schema.json (../shared/schemas/julie-ops)', () => {
  const validate = () => sharedSchema('julie-ops/descriptor.schema.json');

  it('the schema accepts the JulieOps example descriptor from the corpus (sanity)', () => {
    const [doc] = parseYamlDocs(readFileSync(sharedPath('corpus', 'julie', 'kafka-ops__julie__descriptor-with-plans.yaml'), 'utf8'));
    expect(validate()(doc), schemaErrors(validate()).join('\n')).toBe(true);
  });

  it('validates the order pipeline topology', () => {
    const { topology } = exportOf(loadFixture('kafka-order-pipeline'));
    expect(validate()(topology), schemaErrors(validate()).join('\n')).toBe(true);
    const { context: _context, ...withoutContext } = topology;
    expect(validate()(withoutContext)).toBe(false);
  });

  it('validates for generated designs with hostile names and group ids', () => {
    let checked = 0;
    fc.assert(
      fc.property(kafkaDesignArb({ text: hostileName(), groupId: fc.option(hostileString(255), { nil: undefined }) }), (design) => {
        const result = julieOpsExporter.export(design);
        if (!result.ok) return;
        for (const file of result.files.filter((f) => f.path.endsWith('.yaml'))) {
          const [doc] = parseYamlDocs(file.content);
          expect(validate()(doc), schemaErrors(validate()).join('\n')).toBe(true);
        }
        checked++;
      }),
      { numRuns: 80 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
