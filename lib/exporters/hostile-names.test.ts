import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeSchema, type Design } from '../design';
import { exporterById } from '../families';
import { kafkaTopicNameProblem } from './kafka-common';
import { hostileName, hostileString, kafkaDesignArb, validTopicName } from '../testing/exports/arbitraries';
import { parseJavaProperties, parseYamlDocs } from '../testing/exports/parse-back';

/**
 * Hostile names (quotes, newlines, `${}`, backslashes, Unicode, lone
 * surrogates…) in every place a design lets free text in: design, cluster and
 * node names, notes, group ids, transactional ids, topic and queue names. Each
 * exporter either refuses, naming a node of the design, or writes files that
 * their parsers read back cleanly: YAML, HCL, bash -n, java.util.Properties
 * syntax, JSON.
 */

const EXPORTERS = ['kafka-scripts', 'kafka-client-properties', 'strimzi', 'strimzi-v1beta2', 'topicctl', 'julie-ops', 'terraform-kafka', 'cloudformation', 'docker-compose'].map((id) =>
  exporterById(id)!,
);

const work = mkdtempSync(path.join(tmpdir(), 'qw-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The small HCL string check: outside comments, every quoted string ends on
 * its line, and inside one `${` / `%{` only appear escaped (`$${`, `%%{`), so
 * nothing from the design can become an interpolation or a directive.
 */
export function hclStringsWellFormed(text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, n) => {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (!inString) {
        if (c === '#') break;
        if (c === '"') inString = true;
        continue;
      }
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '"') inString = false;
      else if ((c === '$' || c === '%') && line[i + 1] === '{') {
        if (line[i + 2] === undefined || line[i - 1] !== c) problems.push(`line ${n + 1}: unescaped ${c}{`);
      } else if ((c === '$' || c === '%') && line[i + 1] === c && line[i + 2] === '{') i += 2;
    }
    if (inString) problems.push(`line ${n + 1}: unterminated string`);
  });
  return problems;
}

const hostileTopicName = fc.oneof({ arbitrary: validTopicName, weight: 3 }, { arbitrary: hostileName(260), weight: 2 });

/** A Kafka design with hostile text everywhere, plus SQS/SNS, RabbitMQ and NATS nodes with hostile or valid names. */
const hostileDesign = fc
  .tuple(
    kafkaDesignArb({
      text: hostileName(),
      topicName: hostileTopicName,
      groupId: fc.option(hostileString(255), { nil: undefined }),
      transactionalId: fc.option(hostileName(249), { nil: undefined }),
    }),
    fc.array(
      fc.record({
        kind: fc.constantFrom('sqs-queue', 'sns-topic', 'rabbitmq-queue', 'nats-stream'),
        name: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), hostileName(300)),
        notes: fc.option(hostileString(), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  )
  .map(([design, extra]): Design => ({
    ...design,
    nodes: [...design.nodes, ...extra.map((e, i) => nodeSchema.parse({ kind: e.kind, id: `extra-${i}`, name: e.name, ...(e.notes !== undefined ? { notes: e.notes } : {}) }))],
  }));

describe('hostile names in every exporter', () => {
  it('are refused naming the node, or written so the target parses them back', async () => {
    const scripts: string[] = [];
    let written = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        kafkaDesignArb({
          text: hostileName(),
          topicName: hostileTopicName,
          groupId: fc.option(hostileString(255), { nil: undefined }),
          transactionalId: fc.option(hostileName(249), { nil: undefined }),
        }),
        async (design) => {
          const badTopics = design.nodes.filter((n) => n.kind === 'kafka-topic' && kafkaTopicNameProblem(n.name) !== undefined).map((n) => n.id);
          for (const exporter of EXPORTERS) {
            const result = exporter.export(design);
            if (!result.ok) {
              refused++;
              for (const error of result.errors) {
                expect(error.message.length).toBeGreaterThan(0);
                if (error.nodeId !== undefined)
                  expect(
                    design.nodes.some((n) => n.id === error.nodeId),
                    error.message,
                  ).toBe(true);
              }
              continue;
            }
            written++;
            if (['kafka-scripts', 'strimzi', 'topicctl', 'julie-ops', 'terraform-kafka'].includes(exporter.id)) {
              expect(badTopics, `${exporter.id} wrote topics Kafka rejects`).toEqual([]);
            }
            for (const file of result.files) await wellFormed(exporter.id, file.path, file.content, scripts);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(written).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(10);
    // bash -n on every script in one bash process.
    scripts.forEach((s, i) => writeFileSync(path.join(work, `s${i}.sh`), s));
    const out = execFileSync('bash', ['-c', 'for f in "$@"; do bash -n "$f" || echo "BAD $f"; done', 'check', ...scripts.map((_, i) => path.join(work, `s${i}.sh`))], { encoding: 'utf8' });
    expect(out).toBe('');
    expect(scripts.length).toBeGreaterThan(3);
  }, 60_000);

  it('refuses SQS/SNS names the services reject, and keeps hostile notes out of the structure', () => {
    fc.assert(
      fc.property(hostileDesign, (design) => {
        for (const exporter of EXPORTERS.filter((e) => ['cloudformation', 'docker-compose'].includes(e.id))) {
          const result = exporter.export(design);
          if (!result.ok) {
            for (const error of result.errors) if (error.nodeId !== undefined) expect(design.nodes.some((n) => n.id === error.nodeId)).toBe(true);
            continue;
          }
          for (const file of result.files) {
            if (file.path.endsWith('.json')) {
              const template = JSON.parse(file.content) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
              for (const resource of Object.values(template.Resources)) {
                const name = resource.Properties.QueueName ?? resource.Properties.TopicName;
                if (typeof name === 'string') expect(name).toMatch(/^[A-Za-z0-9_-]+(\.fifo)?$/);
              }
            } else parseYamlDocs(file.content);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds real problems with the HCL string check', () => {
    expect(hclStringsWellFormed('x = "a${b}"')).toEqual(['line 1: unescaped ${']);
    expect(hclStringsWellFormed('x = "open')).toEqual(['line 1: unterminated string']);
    expect(hclStringsWellFormed('x = "a$${b} %%{c} \\" ok" # "${ in a comment')).toEqual([]);
  });
});

let hclParsed = 0;

async function wellFormed(exporterId: string, file: string, content: string, scripts: string[]): Promise<void> {
  const where = `${exporterId}: ${file}`;
  if (file.endsWith('.sh')) scripts.push(content);
  else if (file.endsWith('.properties')) {
    expect(/^[\x20-\x7e\n]*$/.test(content), `${where} is ASCII`).toBe(true);
    const props = parseJavaProperties(content);
    // Every logical line is a key=value or a comment: nothing from a name spilled onto its own line.
    const logical = content.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(props.size, where).toBe(logical.length);
  } else if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    expect(() => parseYamlDocs(content), where).not.toThrow();
  } else if (file.endsWith('.tf')) {
    expect(hclStringsWellFormed(content), where).toEqual([]);
    // The real parser (wasm, slower) on the first files too.
    if (hclParsed++ < 12) await expect(parseHcl(file, content), where).resolves.toBeTruthy();
  } else if (file.endsWith('.json')) {
    expect(() => JSON.parse(content), where).not.toThrow();
  } else {
    throw new Error(`No parser for ${where}`);
  }
}
