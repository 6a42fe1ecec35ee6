import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign } from '../brokers/resolved-design';
import type { ExportError, Exporter, ExportFile } from './exporter';
import { buildRabbitTopologies, topologyStem, type Arguments, type RabbitTopology } from './rabbitmq-topology';

/**
 * Terraform (HCL) for the `cyrilgdn/rabbitmq` provider (1.10): rabbitmq_vhost,
 * rabbitmq_policy, rabbitmq_exchange, rabbitmq_queue and rabbitmq_binding.
 *
 * - Strings are HCL quoted templates: `\` `"` and control characters are
 *   escaped, and a `$` or `%` before `{` is written `\u0024` / `\u0025`, so no
 *   name can start an interpolation or a directive.
 * - Queue and binding arguments go through `arguments_json = jsonencode(…)`:
 *   the provider's `arguments` map sends every value as a string, and the
 *   broker rejects `"86400000"` where it wants a number.
 * - Resource names are the object names reduced to `[a-z0-9_]` (a leading
 *   digit gets `n_`); when two objects reduce to the same name the later one
 *   gets `_2`, `_3`, … and a comment above it says which name it could not
 *   have.
 * - The default vhost `/` always exists and must never be destroyed, so it is
 *   referred to by name and not declared.
 *
 * What the provider cannot hold is refused, naming the node:
 * - internal exchanges (the provider has no `internal` setting);
 * - names with `@` (the provider's ids are `name@vhost`) and, in bindings,
 *   names with `/` (binding ids are `vhost/source/destination/…`);
 * - names that Unicode normalisation would change (HCL turns every string
 *   literal into NFC, so `e` + combining accent would become another name);
 * - policy values the provider would mangle (it sends `definition` map
 *   values that look like integers as numbers).
 */

/** An HCL quoted string whose value is exactly `text` (for NFC text). */
export function hclString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{') out += ch === '$' ? '\\u0024' : '\\u0025';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** An HCL value for a JSON-like scalar. */
function hclValue(value: string | number | boolean): string {
  return typeof value === 'string' ? hclString(value) : String(value);
}

/** A Terraform resource name from an object name: `orders.work` → `orders_work`. */
export function resourceName(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  if (base === '') return 'unnamed';
  return /^[0-9]/.test(base) ? `n_${base}` : base;
}

type Item = { attr: string; value: string } | { attr: string; lines: string[] } | { block: string; items: Item[] } | { comment: string } | { blank: true };

/** Renders items the way `terraform fmt` lays them out: `=` aligned within runs of one-line attributes. */
function render(items: Item[], indent: string): string[] {
  const out: string[] = [];
  let run: Array<{ attr: string; value: string }> = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((a) => a.attr.length));
    for (const a of run) out.push(`${indent}${a.attr.padEnd(width)} = ${a.value}`);
    run = [];
  };
  for (const item of items) {
    if ('value' in item) {
      run.push(item);
      continue;
    }
    flush();
    if ('lines' in item) {
      out.push(`${indent}${item.attr} = ${item.lines[0]}`);
      for (const line of item.lines.slice(1)) out.push(`${indent}${line}`);
    } else if ('block' in item) {
      out.push(`${indent}${item.block} {`, ...render(item.items, `${indent}  `), `${indent}}`);
    } else if ('comment' in item) {
      out.push(`${indent}# ${item.comment}`);
    } else out.push('');
  }
  flush();
  return out;
}

/** `jsonencode({ "k" = v, … })` over several lines, keys aligned. */
function jsonencodeLines(args: Arguments): string[] {
  const entries = Object.entries(args).map(([k, v]) => ({ attr: hclString(k), value: hclValue(v) }));
  return ['jsonencode({', ...render(entries, '  '), '})'];
}

function mapLines(args: Arguments): string[] {
  const entries = Object.entries(args).map(([k, v]) => ({ attr: hclString(k), value: hclValue(v) }));
  return ['{', ...render(entries, '  '), '}'];
}

/** Hands out unique resource names per resource type. */
class Names {
  private taken = new Map<string, Map<string, string>>();

  claim(type: string, wanted: string, owner: string): { name: string; note?: string } {
    let used = this.taken.get(type);
    if (!used) this.taken.set(type, (used = new Map()));
    let name = wanted;
    for (let n = 2; used.has(name); n++) name = `${wanted}_${n}`;
    const previous = used.get(wanted);
    used.set(name, owner);
    return name === wanted ? { name } : { name, note: `Named ${name}: ${wanted} is already ${previous}.` };
  }
}

function providerProblems(topology: RabbitTopology): ExportError[] {
  const errors: ExportError[] = [];
  const name = (nodeId: string | undefined, what: string, value: string) => {
    if (value.normalize('NFC') !== value) {
      errors.push({ nodeId, message: `${what} "${value}" is not in Unicode normal form C; Terraform would normalise it into another name. Rename it (usually: retype the accented letters).` });
    }
  };
  const at = (nodeId: string | undefined, what: string, value: string) => {
    if (value.includes('@')) errors.push({ nodeId, message: `${what} "${value}" contains "@", which the Terraform RabbitMQ provider uses to separate name and vhost in its ids.` });
  };
  for (const vhost of topology.vhosts) {
    const owner = topology.exchanges.find((e) => e.vhost === vhost)?.nodeId ?? topology.queues.find((q) => q.vhost === vhost)?.nodeId;
    name(owner, 'Vhost', vhost);
    at(owner, 'Vhost', vhost);
  }
  for (const e of topology.exchanges) {
    name(e.nodeId, 'Exchange', e.name);
    at(e.nodeId, 'Exchange', e.name);
    if (e.internal)
      errors.push({
        nodeId: e.nodeId,
        message: `Exchange "${e.name}" is internal, which the Terraform RabbitMQ provider cannot declare (it has no internal setting). Use definitions.json or rabbitmqadmin, or make the exchange non-internal.`,
      });
    for (const [k, v] of Object.entries(e.arguments)) name(e.nodeId, `The argument ${k} of exchange "${e.name}"`, String(v));
  }
  for (const q of topology.queues) {
    name(q.nodeId, 'Queue', q.name);
    at(q.nodeId, 'Queue', q.name);
    for (const [k, v] of Object.entries(q.arguments)) if (typeof v === 'string') name(q.nodeId, `The argument ${k} of queue "${q.name}"`, v);
  }
  for (const b of topology.bindings) {
    for (const [what, value] of [
      ['source', b.source],
      ['destination', b.destination],
    ] as const) {
      if (value.includes('/')) {
        errors.push({
          nodeId: b.sourceId,
          message: `The binding from "${b.source}" to "${b.destination}": its ${what} contains "/", which the Terraform RabbitMQ provider uses to separate the parts of a binding id.`,
        });
      }
    }
    name(b.sourceId, `The routing key of the binding from "${b.source}"`, b.routingKey);
    for (const [k, v] of Object.entries(b.arguments)) {
      name(b.sourceId, `A binding argument of "${b.source}"`, k);
      if (typeof v === 'string') name(b.sourceId, `A binding argument of "${b.source}"`, v);
    }
  }
  for (const p of topology.policies) {
    at(p.nodeId, 'Policy', p.name);
    name(p.nodeId, 'Policy', p.name);
    for (const [k, v] of Object.entries(p.definition)) {
      if (typeof v === 'string' && /^[+-]?\d+$/.test(v)) {
        errors.push({ nodeId: p.nodeId, message: `The policy "${p.name}" sets ${k} to "${v}"; the Terraform RabbitMQ provider would send it as a number.` });
      }
      if (Array.isArray(v)) errors.push({ nodeId: p.nodeId, message: `The policy "${p.name}" sets ${k} to a list; the Terraform RabbitMQ provider's policy definition holds single values only.` });
      if (typeof v === 'string') name(p.nodeId, `The policy value ${k}`, v);
    }
  }
  return errors;
}

/** What writing one module's resources shares: resource names and the references later resources use. */
interface ModuleState {
  names: Names;
  items: Item[];
  vhostRef: Map<string, string>;
  exchangeRef: Map<string, string>;
  queueRef: Map<string, string>;
}

function moduleText(design: ResolvedDesign, topology: RabbitTopology): string {
  const header = `RabbitMQ topology of the design "${design.name}"${topology.cluster ? `, cluster "${topology.cluster.name}"` : ''}, generated by Queuewright.`;
  const out: string[] = [`# ${header.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')}`, '# Apply with: terraform init && terraform apply', ''];
  out.push(...providerBlocks());
  const m: ModuleState = { names: new Names(), items: [], vhostRef: new Map(), exchangeRef: new Map(), queueRef: new Map() };
  writeVhosts(m, topology);
  writePolicies(m, topology);
  writeExchanges(m, topology);
  writeQueues(m, topology);
  writeBindings(m, topology);
  out.push(...render(m.items, ''));
  return `${out.join('\n')}\n`;
}

/** The provider block and its variables, the same for every module. */
function providerBlocks(): string[] {
  return render(
    [
      {
        block: 'terraform',
        items: [{ block: 'required_providers', items: [{ attr: 'rabbitmq', lines: ['{', '  source  = "cyrilgdn/rabbitmq"', '  version = "~> 1.10"', '}'] }] }],
      },
      { blank: true },
      {
        block: 'variable "rabbitmq_endpoint"',
        items: [
          { attr: 'type', value: 'string' },
          { attr: 'description', value: '"Management API URL of the RabbitMQ cluster (the management plugin must be enabled)"' },
          { attr: 'default', value: '"http://localhost:15672"' },
        ],
      },
      { blank: true },
      { block: 'variable "rabbitmq_username"', items: [{ attr: 'type', value: 'string' }] },
      { blank: true },
      {
        block: 'variable "rabbitmq_password"',
        items: [
          { attr: 'type', value: 'string' },
          { attr: 'sensitive', value: 'true' },
        ],
      },
      { blank: true },
      {
        block: 'provider "rabbitmq"',
        items: [
          { attr: 'endpoint', value: 'var.rabbitmq_endpoint' },
          { attr: 'username', value: 'var.rabbitmq_username' },
          { attr: 'password', value: 'var.rabbitmq_password' },
        ],
      },
    ],
    '',
  );
}

/** A vhost resource per vhost but the default one, which every broker has. */
function writeVhosts(m: ModuleState, topology: RabbitTopology): void {
  for (const vhost of topology.vhosts) {
    if (vhost === '/') {
      m.vhostRef.set(vhost, '"/"');
      continue;
    }
    const claim = m.names.claim('rabbitmq_vhost', resourceName(vhost), `vhost ${JSON.stringify(vhost)}`);
    m.vhostRef.set(vhost, `rabbitmq_vhost.${claim.name}.name`);
    m.items.push({ blank: true });
    if (claim.note) m.items.push({ comment: claim.note });
    m.items.push({ block: `resource "rabbitmq_vhost" "${claim.name}"`, items: [{ attr: 'name', value: hclString(vhost) }] });
  }
}

/** A policy resource per policy. */
function writePolicies(m: ModuleState, topology: RabbitTopology): void {
  for (const p of topology.policies) {
    const claim = m.names.claim('rabbitmq_policy', resourceName(p.name), `policy ${JSON.stringify(p.name)}`);
    m.items.push({ blank: true });
    if (claim.note) m.items.push({ comment: claim.note });
    m.items.push({
      block: `resource "rabbitmq_policy" "${claim.name}"`,
      items: [
        { attr: 'name', value: hclString(p.name) },
        { attr: 'vhost', value: m.vhostRef.get(p.vhost)! },
        {
          block: 'policy',
          items: [
            { attr: 'pattern', value: hclString(p.pattern) },
            { attr: 'priority', value: String(p.priority) },
            { attr: 'apply_to', value: hclString(p.applyTo) },
            // Lists were refused above (providerProblems).
            { attr: 'definition', lines: mapLines(p.definition as Arguments) },
          ],
        },
      ],
    });
  }
}

/** An exchange resource per declared exchange. */
function writeExchanges(m: ModuleState, topology: RabbitTopology): void {
  for (const e of topology.exchanges) {
    const claim = m.names.claim('rabbitmq_exchange', resourceName(e.name), `exchange ${JSON.stringify(e.name)}${e.vhost !== '/' ? ` in vhost ${JSON.stringify(e.vhost)}` : ''}`);
    m.exchangeRef.set(e.nodeId, `rabbitmq_exchange.${claim.name}.name`);
    const settings: Item[] = [
      { attr: 'type', value: hclString(e.type) },
      { attr: 'durable', value: String(e.durable) },
      { attr: 'auto_delete', value: String(e.autoDelete) },
    ];
    // Only `alternate-exchange`, a string: the plain map keeps it as it is.
    if (Object.keys(e.arguments).length > 0) settings.push({ attr: 'arguments', lines: mapLines(e.arguments) });
    m.items.push({ blank: true });
    if (claim.note) m.items.push({ comment: claim.note });
    m.items.push({
      block: `resource "rabbitmq_exchange" "${claim.name}"`,
      items: [
        { attr: 'name', value: hclString(e.name) },
        { attr: 'vhost', value: m.vhostRef.get(e.vhost)! },
        { block: 'settings', items: settings },
      ],
    });
  }
}

/** A queue resource per queue. */
function writeQueues(m: ModuleState, topology: RabbitTopology): void {
  for (const q of topology.queues) {
    const claim = m.names.claim('rabbitmq_queue', resourceName(q.name), `queue ${JSON.stringify(q.name)}${q.vhost !== '/' ? ` in vhost ${JSON.stringify(q.vhost)}` : ''}`);
    m.queueRef.set(q.nodeId, `rabbitmq_queue.${claim.name}.name`);
    m.items.push({ blank: true });
    if (claim.note) m.items.push({ comment: claim.note });
    m.items.push({
      block: `resource "rabbitmq_queue" "${claim.name}"`,
      items: [
        { attr: 'name', value: hclString(q.name) },
        { attr: 'vhost', value: m.vhostRef.get(q.vhost)! },
        {
          block: 'settings',
          items: [
            { attr: 'durable', value: String(q.durable) },
            { attr: 'auto_delete', value: String(q.autoDelete) },
            { attr: 'arguments_json', lines: jsonencodeLines(q.arguments) },
          ],
        },
      ],
    });
  }
}

/** A binding resource per binding; a built-in exchange is named, not referenced. */
function writeBindings(m: ModuleState, topology: RabbitTopology): void {
  for (const b of topology.bindings) {
    const claim = m.names.claim('rabbitmq_binding', resourceName(`${b.source}__${b.destination}`), `the binding from ${JSON.stringify(b.source)} to ${JSON.stringify(b.destination)}`);
    // A built-in amq.* exchange has no resource here: it is named, as it exists in every vhost.
    const destination = b.destinationType === 'queue' ? m.queueRef.get(b.destinationId) : (m.exchangeRef.get(b.destinationId) ?? hclString(b.destination));
    const binding: Item[] = [
      { attr: 'source', value: m.exchangeRef.get(b.sourceId) ?? hclString(b.source) },
      { attr: 'vhost', value: m.vhostRef.get(b.vhost)! },
      { attr: 'destination', value: destination! },
      { attr: 'destination_type', value: hclString(b.destinationType) },
      { attr: 'routing_key', value: hclString(b.routingKey) },
    ];
    if (Object.keys(b.arguments).length > 0) binding.push({ attr: 'arguments_json', lines: jsonencodeLines(b.arguments) });
    m.items.push({ blank: true });
    if (claim.note) m.items.push({ comment: claim.note });
    m.items.push({ block: `resource "rabbitmq_binding" "${claim.name}"`, items: binding });
  }
}

export const terraformRabbitmqExporter: Exporter = {
  id: 'terraform-rabbitmq',
  label: 'Terraform (RabbitMQ)',
  description: 'HCL for the cyrilgdn/rabbitmq provider: vhosts, policies, exchanges, queues and bindings.',
  language: 'hcl',
  export(document) {
    const design = resolveDesign(document);
    const built = buildRabbitTopologies(design);
    if (!built.ok) return built;
    const errors = built.topologies.flatMap(providerProblems);
    if (errors.length > 0) return { ok: false, errors };
    const files: ExportFile[] = built.topologies.map((topology) => {
      const stem = topologyStem(topology, built.topologies.length);
      return { path: stem === '' ? 'main.tf' : `${stem}/main.tf`, content: moduleText(design, topology) };
    });
    return { ok: true, files };
  },
};
