import { secondsOfIsoDuration } from '../exporters/iso-duration';
import { DesignBuilder, guard, head, parseErrors } from './builder';
import type { ImportResult, Importer } from './importer';
import { ArgumentReader, block, defined, designName, readTerraformText, referenced, resources, type Resource } from './terraform-resources';

/**
 * Terraform for Azure Service Bus (the hashicorp/azurerm provider), as the Terraform export
 * writes it or as people write it by hand:
 *
 * - `azurerm_servicebus_namespace` → a Service Bus cluster named after the namespace, its `sku`
 *   (and Premium `capacity`) in the cluster's config;
 * - `azurerm_servicebus_queue` and `azurerm_servicebus_topic` → queues and topics on the cluster
 *   their `namespace_id` references, durations read from ISO 8601 (`PT1M`);
 * - `azurerm_servicebus_subscription` → a subscription connected from the topic its `topic_id`
 *   references; `azurerm_servicebus_subscription_rule` → a rule of the subscription its
 *   `subscription_id` references;
 * - `forward_dead_lettered_messages_to` → a dead-letter connection to the queue or topic it names.
 *
 * The resource group, variables and the provider say nothing the design holds and are skipped;
 * other resources, arguments the design cannot hold and values it cannot resolve are reported
 * with their path.
 */

const NAMESPACE = 'azurerm_servicebus_namespace';
const QUEUE = 'azurerm_servicebus_queue';
const TOPIC = 'azurerm_servicebus_topic';
const SUBSCRIPTION = 'azurerm_servicebus_subscription';
const RULE = 'azurerm_servicebus_subscription_rule';
const READ = new Set([NAMESPACE, QUEUE, TOPIC, SUBSCRIPTION, RULE, 'azurerm_resource_group']);

const SENDER = ['default_message_ttl', 'requires_duplicate_detection', 'duplicate_detection_history_time_window', 'partitioning_enabled', 'max_size_in_megabytes'];
const RECEIVER = ['lock_duration', 'max_delivery_count', 'requires_session', 'dead_lettering_on_message_expiration', 'auto_delete_on_idle', 'forward_to', 'forward_dead_lettered_messages_to'];
const HELD = {
  [NAMESPACE]: new Set(['name', 'resource_group_name', 'location', 'sku', 'capacity']),
  [QUEUE]: new Set(['name', 'namespace_id', ...SENDER, ...RECEIVER]),
  [TOPIC]: new Set(['name', 'namespace_id', ...SENDER, 'support_ordering']),
  [SUBSCRIPTION]: new Set(['name', 'topic_id', ...RECEIVER, 'default_message_ttl', 'dead_lettering_on_filter_evaluation_error']),
  [RULE]: new Set(['name', 'subscription_id', 'filter_type', 'sql_filter', 'action', 'correlation_filter']),
};
const CORRELATION: Array<[string, string]> = [
  ['correlation_id', 'correlationId'],
  ['message_id', 'messageId'],
  ['label', 'label'],
  ['to', 'to'],
  ['reply_to', 'replyTo'],
  ['session_id', 'sessionId'],
  ['content_type', 'contentType'],
];

class ServicebusReader extends ArgumentReader {
  /** Node or cluster ids by the Terraform name of the resource they came from, per resource type. */
  readonly ids = new Map<string, string>();
  /** Queue and topic node ids by entity name, per cluster, for forward_dead_lettered_messages_to given as a name. */
  readonly entities = new Map<string, string>();

  seconds(value: unknown, path: string): number | undefined {
    const t = this.text(value, path);
    if (t === undefined) return undefined;
    const s = secondsOfIsoDuration(t);
    if (s === undefined) this.builder.note(path, `"${t.slice(0, 40)}" is not an ISO 8601 duration ("PT1M", "P14D"): left out.`);
    return s === 'never' ? undefined : s;
  }

  /** The id of what a reference to a resource of `type` names, noting one that is not in the file. */
  target(value: unknown, type: string, path: string): string | undefined {
    const name = referenced(value, type, ['id', 'name']);
    const id = name === undefined ? undefined : this.ids.get(`${type}.${name}`);
    if (id === undefined) this.builder.note(path, `${String(value).slice(0, 80)} names no ${type} of this file: left unlinked.`);
    return id;
  }
}

function readNamespace(r: ServicebusReader, ns: Resource): void {
  r.unheld(ns, HELD[NAMESPACE]);
  const sku = r.text(ns.body.sku, `${ns.path}.sku`);
  const capacity = r.integer(ns.body.capacity, `${ns.path}.capacity`);
  const config = defined({ sku, capacity: sku === 'Premium' ? capacity : undefined }) ?? {};
  const name = r.text(ns.body.name, `${ns.path}.name`) ?? ns.name;
  r.ids.set(`${NAMESPACE}.${ns.name}`, r.builder.addCluster(name, 'servicebus', { config }, ns.path));
}

function senderProps(r: ServicebusReader, { body, path }: Resource): Record<string, unknown> {
  return {
    defaultMessageTimeToLiveSeconds: r.seconds(body.default_message_ttl, `${path}.default_message_ttl`),
    requiresDuplicateDetection: r.flag(body.requires_duplicate_detection, `${path}.requires_duplicate_detection`),
    duplicateDetectionHistoryTimeWindowSeconds: r.seconds(body.duplicate_detection_history_time_window, `${path}.duplicate_detection_history_time_window`),
    enablePartitioning: r.flag(body.partitioning_enabled, `${path}.partitioning_enabled`),
    maxSizeInMegabytes: r.integer(body.max_size_in_megabytes, `${path}.max_size_in_megabytes`),
  };
}

function receiverProps(r: ServicebusReader, { body, path }: Resource): Record<string, unknown> {
  return {
    lockDurationSeconds: r.seconds(body.lock_duration, `${path}.lock_duration`),
    maxDeliveryCount: r.integer(body.max_delivery_count, `${path}.max_delivery_count`),
    requiresSession: r.flag(body.requires_session, `${path}.requires_session`),
    deadLetteringOnMessageExpiration: r.flag(body.dead_lettering_on_message_expiration, `${path}.dead_lettering_on_message_expiration`),
    autoDeleteOnIdleSeconds: r.seconds(body.auto_delete_on_idle, `${path}.auto_delete_on_idle`),
    forwardTo: r.text(body.forward_to, `${path}.forward_to`),
  };
}

function readEntity(r: ServicebusReader, entity: Resource): void {
  const { type, body, path } = entity;
  r.unheld(entity, HELD[type as typeof QUEUE]);
  const cluster = r.target(body.namespace_id, NAMESPACE, `${path}.namespace_id`);
  const own = type === QUEUE ? receiverProps(r, entity) : { supportOrdering: r.flag(body.support_ordering, `${path}.support_ordering`) };
  const props = defined({ cluster, ...senderProps(r, entity), ...own }) ?? {};
  const name = r.text(body.name, `${path}.name`) ?? entity.name;
  const id = r.builder.addNode(type === QUEUE ? 'servicebus-queue' : 'servicebus-topic', name, props, path);
  if (id === undefined) return;
  r.ids.set(`${type}.${entity.name}`, id);
  r.entities.set(`${cluster ?? ''}\u0000${name.toLowerCase()}`, id);
}

function readSubscription(r: ServicebusReader, sub: Resource, rules: readonly Resource[]): void {
  const { body, path } = sub;
  r.unheld(sub, HELD[SUBSCRIPTION]);
  const topic = r.target(body.topic_id, TOPIC, `${path}.topic_id`);
  const props = defined({
    cluster: topic === undefined ? undefined : r.builder.node(topic)?.data.cluster,
    ...receiverProps(r, sub),
    defaultMessageTimeToLiveSeconds: r.seconds(body.default_message_ttl, `${path}.default_message_ttl`),
    deadLetteringOnFilterEvaluationExceptions: r.flag(body.dead_lettering_on_filter_evaluation_error, `${path}.dead_lettering_on_filter_evaluation_error`),
    rules: ruleList(r, rules),
  });
  const id = r.builder.addNode('servicebus-subscription', r.text(body.name, `${path}.name`) ?? sub.name, props ?? {}, path);
  if (id === undefined) return;
  r.ids.set(`${SUBSCRIPTION}.${sub.name}`, id);
  if (topic !== undefined) r.builder.connect('subscription', topic, id, {}, `${path}.topic_id`);
}

function ruleList(r: ServicebusReader, rules: readonly Resource[]): Record<string, unknown>[] | undefined {
  const list = rules.map((rule) => {
    r.unheld(rule, HELD[RULE]);
    const { body, path } = rule;
    const filter = block(body, 'correlation_filter');
    const properties = filter?.properties;
    const correlationFilter = filter
      ? defined({
          ...Object.fromEntries(CORRELATION.map(([arg, field]) => [field, r.text(filter[arg], `${path}.correlation_filter.${arg}`)])),
          properties: typeof properties === 'object' && properties !== null ? properties : undefined,
        })
      : undefined;
    return defined({
      name: r.text(body.name, `${path}.name`) ?? rule.name,
      filterType: r.text(body.filter_type, `${path}.filter_type`),
      sqlExpression: r.text(body.sql_filter, `${path}.sql_filter`),
      correlationFilter,
      action: r.text(body.action, `${path}.action`),
    })!;
  });
  return list.length > 0 ? list : undefined;
}

/** forward_dead_lettered_messages_to: a reference to a queue or topic of the file, or an entity name in the same namespace. */
function deadLetters(r: ServicebusReader, entity: Resource): void {
  const value = entity.body.forward_dead_lettered_messages_to;
  const from = r.ids.get(`${entity.type}.${entity.name}`);
  if (value === undefined || from === undefined) return;
  const path = `${entity.path}.forward_dead_lettered_messages_to`;
  const ref = [QUEUE, TOPIC].map((type) => referenced(value, type, ['name', 'id']) && r.ids.get(`${type}.${referenced(value, type, ['name', 'id'])}`)).find(Boolean);
  const byName = typeof value === 'string' && !value.includes('${') ? r.entities.get(`${r.builder.node(from)?.data.cluster ?? ''}\u0000${value.toLowerCase()}`) : undefined;
  const to = ref || byName;
  if (to) r.builder.connect('dead-letter', from, to, {}, path);
  else r.builder.note(path, `${String(value).slice(0, 80)} is not a queue or topic of this file: left out.`);
}

function importTerraform(text: string, fileName: string | undefined): ImportResult {
  const read = readTerraformText(text);
  if (!read.ok) return read.error;
  const parsed = read.body;
  const entities = [...resources(parsed, QUEUE), ...resources(parsed, TOPIC)];
  const subscriptions = resources(parsed, SUBSCRIPTION);
  if (entities.length === 0) return parseErrors({ message: `The file declares no ${QUEUE} or ${TOPIC} resource.` });
  const r = new ServicebusReader(new DesignBuilder());
  for (const ns of resources(parsed, NAMESPACE)) readNamespace(r, ns);
  for (const entity of entities) readEntity(r, entity);
  const rules = resources(parsed, RULE);
  for (const sub of subscriptions)
    readSubscription(
      r,
      sub,
      rules.filter((rule) => referenced(rule.body.subscription_id, SUBSCRIPTION, ['id']) === sub.name),
    );
  for (const rule of rules) {
    if (!r.ids.has(`${SUBSCRIPTION}.${referenced(rule.body.subscription_id, SUBSCRIPTION, ['id'])}`))
      r.builder.note(`${rule.path}.subscription_id`, 'the rule belongs to no subscription of this file: left out.');
  }
  for (const entity of [...entities, ...subscriptions]) deadLetters(r, entity);
  r.others(parsed, READ, 'a Service Bus namespace, queue, topic, subscription or rule');
  return r.builder.build(designName(text, fileName, 'Azure Service Bus entities', 'Service Bus (Terraform)'));
}

export const terraformServicebusImporter: Importer = {
  id: 'terraform-servicebus',
  label: 'Terraform for Azure Service Bus (.tf)',
  detect(text, fileName) {
    const start = head(text);
    return /resource\s+"azurerm_servicebus_(queue|topic)"/.test(start) && (fileName === undefined || /\.tf$/i.test(fileName) || !/^\s*[{[]/.test(start));
  },
  import: (text, fileName) => guard(() => importTerraform(text, fileName)),
};
