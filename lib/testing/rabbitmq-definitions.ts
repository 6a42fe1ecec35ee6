import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Design } from '../design';
import type { RabbitBroker } from './rabbitmq-broker';

/**
 * definitions.json on a test broker: import a document with `rabbitmqctl
 * import_definitions`, read the broker's own `export_definitions` back, and
 * compare the two object by object. `import_definitions` in 3.10 returns
 * before the import is done, and an item it refuses only shows in the log,
 * so the read-back is the proof.
 */

export type Definitions = {
  vhosts: Array<{ name: string }>;
  queues: Array<{ name: string; vhost: string; durable: boolean; auto_delete: boolean; arguments: Record<string, unknown> }>;
  exchanges: Array<{ name: string; vhost: string; type: string; durable: boolean; auto_delete: boolean; internal?: boolean; arguments: Record<string, unknown> }>;
  bindings: Array<{ source: string; vhost: string; destination: string; destination_type: string; routing_key: string; arguments: Record<string, unknown> }>;
  policies: Array<{ vhost: string; name: string; pattern: string; 'apply-to': string; priority: number; definition: Record<string, unknown> }>;
  permissions?: Array<{ user: string; vhost: string; configure: string; write: string; read: string }>;
  explanation?: string;
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every object of the definitions in `vhosts` as one comparable line. The
 * broker's export leaves out `internal` and adds a queue `type`, and the
 * built-in exchanges are the broker's own, so those are not compared.
 */
export function definitionLines(defs: Pick<Definitions, 'queues' | 'exchanges' | 'bindings' | 'policies'>, vhosts: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const q of defs.queues ?? []) if (vhosts.has(q.vhost)) out.add(`queue ${canonical([q.vhost, q.name, q.durable, q.auto_delete, q.arguments])}`);
  for (const e of defs.exchanges ?? []) {
    if (vhosts.has(e.vhost) && !e.name.startsWith('amq.') && e.name !== '') out.add(`exchange ${canonical([e.vhost, e.name, e.type, e.durable, e.auto_delete, e.arguments])}`);
  }
  for (const b of defs.bindings ?? []) {
    if (vhosts.has(b.vhost) && b.source !== '') out.add(`binding ${canonical([b.vhost, b.source, b.destination, b.destination_type, b.routing_key, b.arguments])}`);
  }
  for (const p of defs.policies ?? []) if (vhosts.has(p.vhost)) out.add(`policy ${canonical([p.vhost, p.name, p.pattern, p['apply-to'] ?? 'all', p.priority ?? 0, p.definition])}`);
  return out;
}

/** What the broker holds, as `rabbitmqctl export_definitions` writes it. */
export async function brokerDefinitions(broker: RabbitBroker): Promise<Definitions> {
  const { stdout } = await broker.ctl(['export_definitions', '-']);
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as Definitions;
}

/** Waits until the broker holds exactly the objects of `defs` in its vhosts (`vhosts`, or the ones `defs` declares). */
export async function expectBrokerToHold(broker: RabbitBroker, defs: Definitions, vhosts = new Set(defs.vhosts.map((v) => v.name))): Promise<void> {
  const expected = definitionLines(defs, vhosts);
  let actual = new Set<string>();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    actual = definitionLines(await brokerDefinitions(broker), vhosts);
    if ([...expected].every((l) => actual.has(l))) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const missing = [...expected].filter((l) => !actual.has(l));
  const extra = [...actual].filter((l) => !expected.has(l));
  const errors = broker
    .log()
    .split('\n')
    .filter((l) => /\[error\]|error|crash/i.test(l))
    .slice(-20)
    .join('\n');
  expect({ missing, extra }, `broker log errors:\n${errors}`).toEqual({ missing: [], extra: [] });
}

let files = 0;

/** Writes `defs` (an object or JSON text) to a file in `dir` and runs `rabbitmqctl import_definitions` on it. */
export async function importDefinitionsFile(broker: RabbitBroker, dir: string, defs: Definitions | string): Promise<void> {
  const file = path.join(dir, `defs-${process.pid}-${++files}.json`);
  writeFileSync(file, typeof defs === 'string' ? defs : JSON.stringify(defs));
  await broker.ctl(['import_definitions', file]);
}

/**
 * A management API request as guest (administrator on a test broker). The
 * answer is parsed when there is one; a refusal throws with the broker's own
 * reason (e.g. what POST /api/definitions says about a definition it refuses).
 */
export async function management(broker: RabbitBroker, method: 'GET' | 'PUT' | 'POST' | 'DELETE', resource: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${broker.managementPort}/api/${resource}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /api/${resource}: ${response.status} ${text.slice(0, 500)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** The design with its RabbitMQ clusters' default_user set: definitions.json then grants that user the vhosts it creates. */
export function withDefaultUser(design: Design, user: string): Design {
  return { ...design, clusters: design.clusters.map((c) => (c.broker === 'rabbitmq' ? { ...c, config: { ...c.config, default_user: user } } : c)) };
}
