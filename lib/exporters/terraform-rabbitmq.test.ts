import { parse } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { arbName, arbRabbitDesign } from '../testing/arbitrary-design';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';
import { hclString, resourceName, terraformRabbitmqExporter } from './terraform-rabbitmq';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';

/**
 * The Terraform export is read back with HashiCorp's own HCL parser
 * (`@cdktf/hcl2json`, the Go hcl library compiled to wasm) and must declare
 * exactly what definitions.json declares — which the broker tests import
 * into a real RabbitMQ. (`terraform validate` needs the provider downloaded,
 * which these machines cannot do.)
 */

const FIXTURES = ['rabbitmq-work-queue', 'rabbitmq-topic-routing'];

type Json = Record<string, unknown>;

/**
 * hcl2json renders a quoted string as template source: a literal `${` as
 * `$${`, `%{` as `%%{`. Undo that; a bare `${` or `%{` would be a real
 * interpolation or directive, which the export must never produce.
 */
function templateValue(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      out += `${text[i]}{`;
      i += 2;
    } else if (text.startsWith('${', i) || text.startsWith('%{', i)) {
      throw new Error(`Unexpected template sequence in ${JSON.stringify(text)}`);
    } else out += text[i];
  }
  return out;
}

/** Evaluates `jsonencode({ … })` as Terraform would, by parsing the object literal with the HCL parser. */
async function jsonencodeValue(expression: string): Promise<Json> {
  const match = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(expression);
  if (!match) throw new Error(`Not a jsonencode call: ${expression}`);
  const parsed = (await parse('value.tf', `value = ${match[1]}\n`)) as { value: Json };
  return Object.fromEntries(Object.entries(parsed.value).map(([k, v]) => [templateValue(k), typeof v === 'string' ? templateValue(v) : v]));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The objects Terraform would create, one comparable line each (the same shape as for definitions.json). */
async function terraformLines(text: string): Promise<Set<string>> {
  const doc = (await parse('main.tf', text)) as { resource?: Record<string, Record<string, Json[]>> };
  const resources = doc.resource ?? {};
  for (const [type, byName] of Object.entries(resources)) {
    for (const [name, blocks] of Object.entries(byName)) {
      expect(blocks, `${type}.${name} is declared once`).toHaveLength(1);
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
    }
  }
  const value = (raw: unknown): string => {
    if (typeof raw !== 'string') throw new Error(`Expected a string, got ${JSON.stringify(raw)}`);
    const ref = /^\$\{(rabbitmq_[a-z]+)\.([A-Za-z0-9_-]+)\.name\}$/.exec(raw);
    if (ref) return value(resources[ref[1]][ref[2]][0].name);
    return templateValue(raw);
  };
  const out = new Set<string>();
  for (const [, [q]] of Object.entries(resources.rabbitmq_queue ?? {})) {
    const settings = (q.settings as Json[])[0];
    out.add(`queue ${canonical([value(q.vhost), value(q.name), settings.durable, settings.auto_delete, await jsonencodeValue(settings.arguments_json as string)])}`);
  }
  for (const [, [e]] of Object.entries(resources.rabbitmq_exchange ?? {})) {
    const settings = (e.settings as Json[])[0];
    const args = Object.fromEntries(Object.entries((settings.arguments as Json | undefined) ?? {}).map(([k, v]) => [templateValue(k), value(v)]));
    out.add(`exchange ${canonical([value(e.vhost), value(e.name), value(settings.type), settings.durable, settings.auto_delete, args])}`);
  }
  for (const [, [b]] of Object.entries(resources.rabbitmq_binding ?? {})) {
    const args = b.arguments_json === undefined ? {} : await jsonencodeValue(b.arguments_json as string);
    out.add(`binding ${canonical([value(b.vhost), value(b.source), value(b.destination), value(b.destination_type), value(b.routing_key), args])}`);
  }
  for (const [, [p]] of Object.entries(resources.rabbitmq_policy ?? {})) {
    const policy = (p.policy as Json[])[0];
    // The provider sends map values that parse as integers as numbers (and the export refuses other look-alikes).
    const definition = Object.fromEntries(
      Object.entries(policy.definition as Json).map(([k, v]) => [templateValue(k), typeof v === 'string' && /^[+-]?\d+$/.test(v) ? Number(v) : typeof v === 'string' ? templateValue(v) : v]),
    );
    out.add(`policy ${canonical([value(p.vhost), value(p.name), value(policy.pattern), value(policy.apply_to), policy.priority, definition])}`);
  }
  // The default vhost is referred to, not declared; every other one is declared.
  const declared = new Set(Object.values(resources.rabbitmq_vhost ?? {}).map(([v]) => value(v.name)));
  for (const line of out) {
    const vhost = JSON.parse(line.slice(line.indexOf(' ') + 1))[0];
    if (vhost !== '/') expect(declared.has(vhost), `vhost ${vhost} is declared`).toBe(true);
  }
  return out;
}

function definitionLines(design: Design): Set<string> {
  const result = rabbitmqDefinitionsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const defs = JSON.parse(result.files[0].content);
  const out = new Set<string>();
  for (const q of defs.queues) out.add(`queue ${canonical([q.vhost, q.name, q.durable, q.auto_delete, q.arguments])}`);
  for (const e of defs.exchanges) out.add(`exchange ${canonical([e.vhost, e.name, e.type, e.durable, e.auto_delete, e.arguments])}`);
  for (const b of defs.bindings) out.add(`binding ${canonical([b.vhost, b.source, b.destination, b.destination_type, b.routing_key, b.arguments])}`);
  for (const p of defs.policies) out.add(`policy ${canonical([p.vhost, p.name, p.pattern, p['apply-to'], p.priority, p.definition])}`);
  return out;
}

function terraformText(design: Design): string {
  const result = terraformRabbitmqExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['main.tf']);
  return result.files[0].content;
}

describe('terraform-rabbitmq exporter', () => {
  it.each(FIXTURES)('golden: %s', (fixture) => {
    expectGolden('terraform-rabbitmq', fixture, terraformRabbitmqExporter.export(loadFixture(fixture)));
  });

  it.each(FIXTURES)('%s: the HCL parser reads back exactly the objects of definitions.json', async (fixture) => {
    const design = loadFixture(fixture);
    expect(await terraformLines(terraformText(design))).toEqual(definitionLines(design));
  });

  it('suffixes clashing resource names and says so in a comment', () => {
    const text = terraformText(loadFixture('rabbitmq-topic-routing'));
    expect(text).toContain('# Named notify_sms_eu_2: notify_sms_eu is already queue "notify.sms (eu)" in vhost "shop".\nresource "rabbitmq_queue" "notify_sms_eu_2" {');
  });

  it('escapes strings so that HCL reads back exactly the text (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(arbName, fc.string({ unit: 'binary' })), { minLength: 1, maxLength: 20 }), async (texts) => {
        const nfc = texts.map((t) => t.normalize('NFC'));
        const source = nfc.map((t, i) => `v${i} = ${hclString(t)}`).join('\n');
        const parsed = (await parse('strings.tf', source)) as Record<string, string>;
        nfc.forEach((t, i) => expect(templateValue(parsed[`v${i}`])).toBe(t));
      }),
      { numRuns: 200 },
    );
  });

  it('generated designs declare what definitions.json declares (fast-check)', async () => {
    const names = arbName.filter((n) => !n.startsWith('amq.') && !/[@/\u0000]/.test(n) && n.normalize('NFC') === n);
    await fc.assert(
      fc.asyncProperty(arbRabbitDesign({ vhost: 'gen', names }), fc.option(names, { nil: undefined }), async (design, vhost) => {
        const moved: Design = vhost === undefined ? design : { ...design, nodes: design.nodes.map((n) => ('vhost' in n ? { ...n, vhost } : n)) };
        expect(await terraformLines(terraformText(moved))).toEqual(definitionLines(moved));
      }),
      { numRuns: 60 },
    );
  });

  it('makes resource names Terraform identifiers', () => {
    expect(resourceName('orders.work')).toBe('orders_work');
    expect(resourceName('3 queues')).toBe('n_3_queues');
    expect(resourceName('Café Crème')).toBe('cafe_creme');
    expect(resourceName('日本語')).toBe('unnamed');
  });

  describe('refuses what the provider cannot hold, naming the node', () => {
    const refused = (design: Design) => {
      const result = terraformRabbitmqExporter.export(design);
      expect(result.ok).toBe(false);
      return result.ok ? [] : result.errors;
    };

    it('internal exchanges (the provider has no internal setting)', () => {
      const errors = refused(makeDesign({ nodes: [{ kind: 'rabbitmq-exchange', id: 'x', name: 'x', internal: true }] }));
      expect(errors).toEqual([expect.objectContaining({ nodeId: 'x', message: expect.stringContaining('internal') })]);
    });

    it('"@" in names, "/" in bound names, and names NFC would change', () => {
      expect(refused(makeDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'a@b' }] }))[0]).toMatchObject({ nodeId: 'q', message: expect.stringContaining('"@"') });
      const slash = makeDesign({
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'x', name: 'in/box' },
          { kind: 'rabbitmq-queue', id: 'q', name: 'q' },
        ],
        connections: [{ from: 'x', to: 'q', kind: 'bind' }],
      });
      expect(refused(slash)[0]).toMatchObject({ nodeId: 'x', message: expect.stringContaining('"/"') });
      expect(refused(makeDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'cafe\u0301' }] }))[0]).toMatchObject({ nodeId: 'q', message: expect.stringContaining('normal form C') });
    });

    it('policy strings that the provider would turn into numbers', () => {
      const design = makeDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'q', type: 'classic', policy: { 'dead-letter-exchange': '42' } }] });
      expect(refused(design)[0]).toMatchObject({ nodeId: 'q', message: expect.stringContaining('as a number') });
    });
  });
});
