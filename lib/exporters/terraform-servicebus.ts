import type { Design } from '../design';
import type { ServicebusRule } from '../design/kinds/servicebus-subscription';
import { commentText, hclString } from './escape';
import type { Exporter } from './exporter';
import { notCarriedComment, type Carries } from './not-carried';
import { isoDuration } from './iso-duration';
import { buildServicebusTopology, type SbQueue, type SbSubscription, type SbTopic, type SbTopology } from './servicebus-topology';
import { aligned, terraformName } from './terraform-kafka';

/**
 * Terraform for a design's Azure Service Bus namespaces, queues, topics, subscriptions and
 * subscription rules with the hashicorp/azurerm provider (4.x). Only what the design sets is
 * written, durations as ISO 8601, plus every receiver's lock duration and max delivery count
 * (Service Bus's defaults when unset: the provider requires max_delivery_count on subscriptions,
 * and writing both keeps the file explicit about redelivery). Every argument is one the provider documents
 * (lib/brokers/servicebus/terraform-arguments.ts; the tests parse the output and check each one).
 */

const str = hclString;
type Pair = [string, string | undefined];

const iso = (s: number | undefined) => (s === undefined ? undefined : str(isoDuration(s)));
const flag = (b: boolean | undefined) => (b === undefined ? undefined : String(b));

function block(header: string, pairs: Pair[], inner: string[] = []): string[] {
  const attrs = pairs.filter((p): p is [string, string] => p[1] !== undefined);
  return [`${header} {`, ...aligned('  ', attrs), ...(inner.length > 0 ? ['', ...inner.map((l) => `  ${l}`)] : []), '}'];
}

class Names {
  private taken = new Set<string>();
  private byKey = new Map<string, string>();
  add(key: string, text: string): string {
    const base = terraformName(text);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    this.byKey.set(key, name);
    return name;
  }
  of(key: string): string {
    return this.byKey.get(key)!;
  }
}

/** The Terraform expression of the entity `id` dead letters go to (queue or topic name), if it is exported. */
function entityName(topology: SbTopology, names: Names, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (topology.queues.some((q) => q.node.id === id)) return `azurerm_servicebus_queue.${names.of(id)}.name`;
  if (topology.topics.some((t) => t.node.id === id)) return `azurerm_servicebus_topic.${names.of(id)}.name`;
  return undefined;
}

function senderPairs(node: SbQueue | SbTopic): Pair[] {
  return [
    ['default_message_ttl', iso(node.defaultMessageTimeToLiveSeconds)],
    ['requires_duplicate_detection', node.requiresDuplicateDetection ? 'true' : undefined],
    ['duplicate_detection_history_time_window', node.requiresDuplicateDetection ? iso(node.duplicateDetectionHistoryTimeWindowSeconds) : undefined],
    ['partitioning_enabled', node.enablePartitioning ? 'true' : undefined],
    ['max_size_in_megabytes', node.maxSizeInMegabytes === undefined ? undefined : String(node.maxSizeInMegabytes)],
  ];
}

function receiverPairs(node: SbQueue | SbSubscription): Pair[] {
  return [
    ['lock_duration', iso(node.lockDurationSeconds)],
    ['max_delivery_count', String(node.maxDeliveryCount)],
    ['requires_session', node.requiresSession ? 'true' : undefined],
    ['dead_lettering_on_message_expiration', node.deadLetteringOnMessageExpiration ? 'true' : undefined],
    ['auto_delete_on_idle', iso(node.autoDeleteOnIdleSeconds)],
    ['forward_to', node.forwardTo === undefined ? undefined : str(node.forwardTo)],
  ];
}

function ruleBlock(rule: ServicebusRule, subscription: string, names: Names, key: string): string[] {
  const cf = rule.correlationFilter;
  const correlation = cf
    ? block('correlation_filter', [
        ['correlation_id', cf.correlationId === undefined ? undefined : str(cf.correlationId)],
        ['message_id', cf.messageId === undefined ? undefined : str(cf.messageId)],
        ['label', cf.label === undefined ? undefined : str(cf.label)],
        ['to', cf.to === undefined ? undefined : str(cf.to)],
        ['reply_to', cf.replyTo === undefined ? undefined : str(cf.replyTo)],
        ['session_id', cf.sessionId === undefined ? undefined : str(cf.sessionId)],
        ['content_type', cf.contentType === undefined ? undefined : str(cf.contentType)],
        [
          'properties',
          cf.properties
            ? `{ ${Object.entries(cf.properties)
                .map(([k, v]) => `${str(k)} = ${str(v)}`)
                .join(', ')} }`
            : undefined,
        ],
      ])
    : [];
  return block(
    `resource "azurerm_servicebus_subscription_rule" ${str(names.add(key, `${subscription}_${rule.name}`))}`,
    [
      ['name', str(rule.name)],
      ['subscription_id', `azurerm_servicebus_subscription.${subscription}.id`],
      ['filter_type', str(rule.filterType)],
      ['sql_filter', rule.filterType === 'SqlFilter' && rule.sqlExpression !== undefined ? str(rule.sqlExpression) : undefined],
      ['action', rule.action === undefined ? undefined : str(rule.action)],
    ],
    rule.filterType === 'CorrelationFilter' ? correlation : [],
  );
}

function header(designName: string, topology: SbTopology): string[] {
  const filtered = topology.subscriptions.some((s) => (s.node.rules ?? []).length > 0);
  return [
    `# Azure Service Bus entities of the design ${JSON.stringify(commentText(designName))}, for the hashicorp/azurerm provider.`,
    '# Generated by Queuewright. Run: terraform init && terraform plan',
    ...(filtered
      ? [
          "# A new subscription gets Service Bus's $Default rule (every message) besides the rules below: delete it",
          "# (az servicebus topic subscription rule delete --name '$Default' ...) for the rules to filter.",
        ]
      : []),
    '',
    'terraform {',
    '  required_providers {',
    '    azurerm = {',
    ...aligned('      ', [
      ['source', '"hashicorp/azurerm"'],
      ['version', '">= 4.0"'],
    ]),
    '    }',
    '  }',
    '}',
    '',
    'provider "azurerm" {',
    '  features {}',
    '}',
    '',
    ...block('variable "location"', [
      ['type', 'string'],
      ['description', '"Azure region of the resource group and namespaces"'],
      ['default', '"westeurope"'],
    ]),
    '',
    ...block('resource "azurerm_resource_group" "servicebus"', [
      ['name', str(`${terraformName(designName)}-servicebus`)],
      ['location', 'var.location'],
    ]),
  ];
}

/** The whole main.tf of a topology. */
export function terraformServicebusText(designName: string, topology: SbTopology): string {
  const names = new Names();
  const sections: string[][] = [];
  for (const ns of topology.namespaces) {
    const pairs: Pair[] = [
      ['name', str(ns.name)],
      ['resource_group_name', 'azurerm_resource_group.servicebus.name'],
      ['location', 'azurerm_resource_group.servicebus.location'],
      ['sku', str(ns.tier)],
    ];
    if (ns.capacity !== undefined) pairs.push(['capacity', String(ns.capacity)]);
    sections.push(block(`resource "azurerm_servicebus_namespace" ${str(names.add(`ns:${ns.key}`, ns.name))}`, pairs));
  }
  for (const { node } of topology.queues) names.add(node.id, node.name);
  for (const { node } of topology.topics) names.add(node.id, node.name);
  for (const { node, namespace, deadLettersTo } of topology.queues) {
    const pairs: Pair[] = [['name', str(node.name)], ['namespace_id', `azurerm_servicebus_namespace.${names.of(`ns:${namespace}`)}.id`], ...senderPairs(node), ...receiverPairs(node)];
    pairs.push(['forward_dead_lettered_messages_to', entityName(topology, names, deadLettersTo)]);
    sections.push(block(`resource "azurerm_servicebus_queue" ${str(names.of(node.id))}`, pairs));
  }
  for (const { node, namespace } of topology.topics) {
    const pairs: Pair[] = [
      ['name', str(node.name)],
      ['namespace_id', `azurerm_servicebus_namespace.${names.of(`ns:${namespace}`)}.id`],
      ...senderPairs(node),
      ['support_ordering', flag(node.supportOrdering)],
    ];
    sections.push(block(`resource "azurerm_servicebus_topic" ${str(names.of(node.id))}`, pairs));
  }
  for (const { node, topic, deadLettersTo } of topology.subscriptions) {
    const name = names.add(node.id, node.name);
    const pairs: Pair[] = [['name', str(node.name)], ['topic_id', `azurerm_servicebus_topic.${names.of(topic)}.id`], ...receiverPairs(node)];
    pairs.push(['default_message_ttl', iso(node.defaultMessageTimeToLiveSeconds)]);
    pairs.push(['dead_lettering_on_filter_evaluation_error', node.deadLetteringOnFilterEvaluationExceptions ? undefined : 'false']);
    pairs.push(['forward_dead_lettered_messages_to', entityName(topology, names, deadLettersTo)]);
    sections.push(block(`resource "azurerm_servicebus_subscription" ${str(name)}`, pairs));
    for (const rule of node.rules ?? []) sections.push(ruleBlock(rule, name, names, `${node.id}:rule:${rule.name}`));
  }
  const lines = header(designName, topology);
  for (const section of sections) lines.push('', ...section);
  return `${lines.join('\n')}\n`;
}

const SENDER_FIELDS = ['defaultMessageTimeToLiveSeconds', 'requiresDuplicateDetection', 'duplicateDetectionHistoryTimeWindowSeconds', 'enablePartitioning', 'maxSizeInMegabytes'];
const RECEIVER_FIELDS = ['lockDurationSeconds', 'maxDeliveryCount', 'requiresSession', 'deadLetteringOnMessageExpiration', 'autoDeleteOnIdleSeconds', 'forwardTo'];

/** What the Terraform file keeps of a design: the importer (lib/importers/terraform-servicebus.ts) gives these back. */
export const TERRAFORM_SERVICEBUS_CARRIES: Carries = {
  format: 'the Service Bus Terraform',
  nodes: {
    'servicebus-queue': { fields: [...SENDER_FIELDS, ...RECEIVER_FIELDS] },
    'servicebus-topic': { fields: [...SENDER_FIELDS, 'supportOrdering'] },
    'servicebus-subscription': { fields: [...RECEIVER_FIELDS, 'defaultMessageTimeToLiveSeconds', 'deadLetteringOnFilterEvaluationExceptions', 'rules'] },
  },
  connections: ['subscription', 'dead-letter'],
  cluster: ['config.sku', 'config.capacity'],
  design: [],
};

export const terraformServicebusExporter: Exporter = {
  id: 'terraform-servicebus',
  label: 'Terraform (Azure Service Bus)',
  description: 'Terraform for the Service Bus namespaces, queues, topics, subscriptions and rules (hashicorp/azurerm: azurerm_servicebus_*).',
  language: 'hcl',
  carries: TERRAFORM_SERVICEBUS_CARRIES,
  export(document: Design) {
    const built = buildServicebusTopology(document);
    if (!built.ok) return built;
    const text = terraformServicebusText(document.name, built.topology);
    // The list of what the file cannot keep goes under the header comment, before the first block.
    const split = text.indexOf('\n\n');
    const content = `${text.slice(0, split + 1)}${notCarriedComment(document, TERRAFORM_SERVICEBUS_CARRIES)}${text.slice(split + 1)}`;
    return { ok: true, files: [{ path: 'terraform/servicebus/main.tf', content }] };
  },
};
