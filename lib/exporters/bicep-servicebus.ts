import type { Design } from '../design';
import { SERVICEBUS_ARM_SOURCE } from '../brokers/servicebus/arm-properties';
import { commentText } from './escape';
import type { Exporter } from './exporter';
import { isoDuration } from './iso-duration';
import { buildServicebusTopology, type SbQueue, type SbSubscription, type SbTopic, type SbTopology } from './servicebus-topology';
import { terraformName } from './terraform-kafka';

/**
 * Bicep for a design's Azure Service Bus namespaces, queues, topics, subscriptions and rules
 * (Microsoft.ServiceBus, API version SERVICEBUS_ARM_SOURCE.apiVersion), from the same topology
 * as the Terraform export. Only what the design sets is written (and every receiver's lock
 * duration and max delivery count, as in the Terraform), durations as ISO 8601. Every
 * property is one Azure's resource reference documents (lib/brokers/servicebus/arm-properties.ts;
 * the tests read the Bicep back and check each key).
 */

/** A Bicep expression written as is (a symbolic reference, a parameter). */
class Expr {
  constructor(readonly text: string) {}
}
type Value = string | number | boolean | Expr | { [key: string]: Value | undefined };

/** A Bicep string literal: single quotes, with \ ' and ${ escaped. */
export function bicepString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$\{/g, '\\${').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function render(value: Value, indent: string): string {
  if (value instanceof Expr) return value.text;
  if (typeof value === 'string') return bicepString(value);
  if (typeof value !== 'object') return String(value);
  const entries = Object.entries(value).filter((e): e is [string, Value] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : bicepString(k));
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${render(v, inner)}`).join('\n')}\n${indent}}`;
}

const iso = (s: number | undefined) => (s === undefined ? undefined : isoDuration(s));
const yes = (b: boolean | undefined) => (b ? true : undefined);

function senderProperties(node: SbQueue | SbTopic) {
  return {
    defaultMessageTimeToLive: iso(node.defaultMessageTimeToLiveSeconds),
    requiresDuplicateDetection: yes(node.requiresDuplicateDetection),
    duplicateDetectionHistoryTimeWindow: node.requiresDuplicateDetection ? iso(node.duplicateDetectionHistoryTimeWindowSeconds) : undefined,
    enablePartitioning: yes(node.enablePartitioning),
    maxSizeInMegabytes: node.maxSizeInMegabytes,
  };
}

function receiverProperties(node: SbQueue | SbSubscription, deadLettersTo: string | undefined) {
  return {
    lockDuration: iso(node.lockDurationSeconds),
    maxDeliveryCount: node.maxDeliveryCount,
    requiresSession: yes(node.requiresSession),
    deadLetteringOnMessageExpiration: yes(node.deadLetteringOnMessageExpiration),
    autoDeleteOnIdle: iso(node.autoDeleteOnIdleSeconds),
    forwardTo: node.forwardTo,
    forwardDeadLetteredMessagesTo: deadLettersTo,
  };
}

interface Resource {
  symbol: string;
  type: string;
  body: { [key: string]: Value | undefined };
}

function resources(topology: SbTopology): Resource[] {
  const taken = new Set<string>();
  const symbol = (text: string) => {
    const base = terraformName(text).replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  };
  const out: Resource[] = [];
  const symbols = new Map<string, string>();
  const entityName = (id: string | undefined) => [...topology.queues, ...topology.topics].find((e) => e.node.id === id)?.node.name;
  for (const ns of topology.namespaces) {
    const s = symbol(ns.name);
    symbols.set(`ns:${ns.key}`, s);
    out.push({ symbol: s, type: 'Microsoft.ServiceBus/namespaces', body: { name: ns.name, location: new Expr('location'), sku: { name: ns.tier, tier: ns.tier, capacity: ns.capacity } } });
  }
  for (const { node, namespace, deadLettersTo } of topology.queues) {
    const s = symbol(node.name);
    out.push({
      symbol: s,
      type: 'Microsoft.ServiceBus/namespaces/queues',
      body: { parent: new Expr(symbols.get(`ns:${namespace}`)!), name: node.name, properties: { ...senderProperties(node), ...receiverProperties(node, entityName(deadLettersTo)) } },
    });
  }
  for (const { node, namespace } of topology.topics) {
    const s = symbol(node.name);
    symbols.set(node.id, s);
    out.push({
      symbol: s,
      type: 'Microsoft.ServiceBus/namespaces/topics',
      body: { parent: new Expr(symbols.get(`ns:${namespace}`)!), name: node.name, properties: { ...senderProperties(node), supportOrdering: node.supportOrdering } },
    });
  }
  for (const { node, topic, deadLettersTo } of topology.subscriptions) {
    const s = symbol(`${node.name}_subscription`);
    const properties = {
      ...receiverProperties(node, entityName(deadLettersTo)),
      defaultMessageTimeToLive: iso(node.defaultMessageTimeToLiveSeconds),
      deadLetteringOnFilterEvaluationExceptions: node.deadLetteringOnFilterEvaluationExceptions ? undefined : false,
    };
    out.push({ symbol: s, type: 'Microsoft.ServiceBus/namespaces/topics/subscriptions', body: { parent: new Expr(symbols.get(topic)!), name: node.name, properties } });
    for (const rule of node.rules ?? []) {
      const filter = rule.filterType === 'SqlFilter' ? { sqlFilter: { sqlExpression: rule.sqlExpression } } : { correlationFilter: { ...rule.correlationFilter } };
      const body = { parent: new Expr(s), name: rule.name, properties: { filterType: rule.filterType, ...filter, action: rule.action === undefined ? undefined : { sqlExpression: rule.action } } };
      out.push({ symbol: symbol(`${node.name}_${rule.name}_rule`), type: 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules', body });
    }
  }
  return out;
}

/** The whole main.bicep of a topology. */
export function bicepServicebusText(designName: string, topology: SbTopology): string {
  const lines = [
    `// Azure Service Bus entities of the design ${JSON.stringify(commentText(designName))}. Generated by Queuewright.`,
    '// Deploy: az deployment group create --resource-group <group> --template-file main.bicep',
    '',
    "@description('Azure region of the namespaces')",
    'param location string = resourceGroup().location',
  ];
  for (const r of resources(topology)) lines.push('', `resource ${r.symbol} '${r.type}@${SERVICEBUS_ARM_SOURCE.apiVersion}' = ${render(r.body, '')}`);
  return `${lines.join('\n')}\n`;
}

export const bicepServicebusExporter: Exporter = {
  id: 'bicep-servicebus',
  label: 'Bicep (Azure Service Bus)',
  description: 'Bicep for the Service Bus namespaces, queues, topics, subscriptions and rules (Microsoft.ServiceBus resources).',
  language: 'text',
  export(document: Design) {
    const built = buildServicebusTopology(document);
    if (!built.ok) return built;
    return { ok: true, files: [{ path: 'bicep/servicebus/main.bicep', content: bicepServicebusText(document.name, built.topology) }] };
  },
};
