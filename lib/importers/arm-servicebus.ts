import { parseDataText } from '../design/safe-parse-text';
import { secondsOfIsoDuration } from '../exporters/iso-duration';
import { DesignBuilder, guard, head, isRecord, parseErrors } from './builder';
import type { ImportResult, Importer } from './importer';
import { defined } from './terraform-resources';

/**
 * An Azure Resource Manager template's Service Bus resources, as the Azure portal's "Export template" writes
 * them (or a hand-written or `az bicep build` one):
 *
 * - `Microsoft.ServiceBus/namespaces` → a Service Bus cluster named after the namespace, its `sku.name` (and
 *   Premium `sku.capacity`) in the config;
 * - `…/queues` and `…/topics` → queues and topics, their `properties` under the same (ARM) names, durations
 *   read from ISO 8601 (TimeSpan.MaxValue, Azure's "never", is left unset); `forwardDeadLetteredMessagesTo`
 *   → a dead-letter connection;
 * - `…/topics/subscriptions` → subscriptions of their topic; `…/subscriptions/rules` → their rules (a lone
 *   `$Default` rule matching everything is Service Bus's default: left unset).
 *
 * Names are `namespace/entity[/…]`, literal or `[concat(parameters('p'), '/x')]` / `[parameters('p')]` with the
 * parameter's default value; child resources may also be nested under their parent's `resources`. Other
 * resources (authorization rules, network rules), properties the design cannot hold and names it cannot
 * resolve are reported with their path (`resources[3].properties.status`).
 */

type Rec = Record<string, unknown>;
const SB = 'Microsoft.ServiceBus/namespaces';
const QUEUE = `${SB}/queues`;
const TOPIC = `${SB}/topics`;
const SUBSCRIPTION = `${SB}/topics/subscriptions`;
const RULE = `${SB}/topics/subscriptions/rules`;

/** ARM property → design field, read as a duration, a number, a flag or a text. */
const PROPERTIES: Record<string, [string, 'duration' | 'number' | 'flag' | 'text']> = {
  lockDuration: ['lockDurationSeconds', 'duration'],
  maxDeliveryCount: ['maxDeliveryCount', 'number'],
  requiresSession: ['requiresSession', 'flag'],
  deadLetteringOnMessageExpiration: ['deadLetteringOnMessageExpiration', 'flag'],
  autoDeleteOnIdle: ['autoDeleteOnIdleSeconds', 'duration'],
  forwardTo: ['forwardTo', 'text'],
  defaultMessageTimeToLive: ['defaultMessageTimeToLiveSeconds', 'duration'],
  requiresDuplicateDetection: ['requiresDuplicateDetection', 'flag'],
  duplicateDetectionHistoryTimeWindow: ['duplicateDetectionHistoryTimeWindowSeconds', 'duration'],
  enablePartitioning: ['enablePartitioning', 'flag'],
  maxSizeInMegabytes: ['maxSizeInMegabytes', 'number'],
  supportOrdering: ['supportOrdering', 'flag'],
  deadLetteringOnFilterEvaluationExceptions: ['deadLetteringOnFilterEvaluationExceptions', 'flag'],
};
const SENDER = ['defaultMessageTimeToLive', 'requiresDuplicateDetection', 'duplicateDetectionHistoryTimeWindow', 'enablePartitioning', 'maxSizeInMegabytes'];
const RECEIVER = ['lockDuration', 'maxDeliveryCount', 'requiresSession', 'deadLetteringOnMessageExpiration', 'autoDeleteOnIdle', 'forwardTo', 'forwardDeadLetteredMessagesTo'];
const HELD: Record<string, readonly string[]> = {
  [QUEUE]: [...SENDER, ...RECEIVER],
  [TOPIC]: [...SENDER, 'supportOrdering'],
  [SUBSCRIPTION]: [...RECEIVER, 'defaultMessageTimeToLive', 'deadLetteringOnFilterEvaluationExceptions'],
};
/** Properties the portal writes with Service Bus's default value, which say nothing the design would hold. */
const SILENT_DEFAULTS: Record<string, unknown> = { status: 'Active', enableBatchedOperations: true, enableExpress: false };
/** Top-level keys of a resource that place or order it rather than describe it. */
const PLACEMENT = new Set(['type', 'apiVersion', 'name', 'location', 'dependsOn', 'properties', 'sku', 'resources', 'parent', 'comments']);

interface Entry {
  type: string;
  /** The full name's segments: namespace, then entity, subscription, rule. */
  name: string[];
  body: Rec;
  path: string;
}

class ArmReader {
  readonly builder = new DesignBuilder();
  readonly ids = new Map<string, string>();
  constructor(readonly parameters: Rec) {}

  /** A resource name: literal, `[parameters('p')]` or `[concat(parameters('p'), '/rest')]`, as its segments. */
  name(value: unknown, path: string): string[] | undefined {
    if (typeof value !== 'string') return undefined;
    const param = (p: string) => {
      const spec = this.parameters[p];
      return isRecord(spec) && typeof spec.defaultValue === 'string' ? spec.defaultValue : undefined;
    };
    let text: string | undefined = value;
    const only = /^\[parameters\('([^']+)'\)\]$/.exec(value);
    const concat = /^\[concat\(parameters\('([^']+)'\),\s*'([^']*)'\)\]$/.exec(value);
    if (only) text = param(only[1]);
    else if (concat) text = param(concat[1]) === undefined ? undefined : `${param(concat[1])}${concat[2]}`;
    else if (value.startsWith('[') && !value.startsWith('[[')) text = undefined;
    if (text === undefined) this.builder.note(`${path}.name`, `${value.slice(0, 80)} is an expression the design cannot resolve: left out.`);
    return text?.split('/');
  }

  value(kind: 'duration' | 'number' | 'flag' | 'text', value: unknown, path: string): unknown {
    const ok = kind === 'flag' ? typeof value === 'boolean' : kind === 'number' ? Number.isInteger(value) : typeof value === 'string';
    if (!ok) {
      this.builder.note(path, `${JSON.stringify(value).slice(0, 60)} is not a ${kind === 'flag' ? 'boolean' : kind}: left out.`);
      return undefined;
    }
    if (kind !== 'duration') return value;
    const seconds = secondsOfIsoDuration(value as string);
    if (seconds === undefined) this.builder.note(path, `"${String(value).slice(0, 40)}" is not an ISO 8601 duration ("PT1M", "P14D"): left out.`);
    return seconds === 'never' ? undefined : seconds;
  }

  /** An entity's properties under the design's names, noting the ones it cannot hold. */
  props(entry: Entry): Rec {
    const properties = isRecord(entry.body.properties) ? entry.body.properties : {};
    const out: Rec = {};
    for (const [key, value] of Object.entries(properties)) {
      const path = `${entry.path}.properties.${key}`;
      if (key === 'forwardDeadLetteredMessagesTo') continue;
      if (HELD[entry.type].includes(key)) out[PROPERTIES[key][0]] = this.value(PROPERTIES[key][1], value, path);
      else if (SILENT_DEFAULTS[key] !== value && !(typeof value === 'string' && secondsOfIsoDuration(value) === 'never'))
        // A duration of TimeSpan.MaxValue (a topic's autoDeleteOnIdle) is Azure's "never", the default.
        this.builder.note(path, `${key} is not held by the design: left out.`);
    }
    for (const key of Object.keys(entry.body)) if (!PLACEMENT.has(key)) this.builder.note(`${entry.path}.${key}`, `${key} is not held by the design: left out.`);
    return out;
  }
}

/** Every resource, nested child resources flattened to their full type and name. */
function flatten(r: ArmReader, resources: unknown[], path: string, parent?: Entry): Entry[] {
  return resources.flatMap((resource, i): Entry[] => {
    const at = `${path}[${i}]`;
    if (!isRecord(resource) || typeof resource.type !== 'string') {
      r.builder.note(at, 'not a resource with a type: left out.');
      return [];
    }
    const name = r.name(resource.name, at);
    if (!name) return [];
    const type = parent ? `${parent.type}/${resource.type}` : resource.type;
    const entry: Entry = { type, name: parent && name.length === 1 ? [...parent.name, ...name] : name, body: resource, path: at };
    return [entry, ...(Array.isArray(resource.resources) ? flatten(r, resource.resources, `${at}.resources`, entry) : [])];
  });
}

function readNamespace(r: ArmReader, entry: Entry): void {
  const sku = isRecord(entry.body.sku) ? entry.body.sku : {};
  const tier = typeof sku.name === 'string' ? sku.name : undefined;
  const config = defined({ sku: tier, capacity: tier === 'Premium' && Number.isInteger(sku.capacity) ? sku.capacity : undefined }) ?? {};
  if (isRecord(entry.body.properties)) for (const key of Object.keys(entry.body.properties)) r.builder.note(`${entry.path}.properties.${key}`, `${key} is not held by the design: left out.`);
  r.ids.set(entry.name.join('/'), r.builder.addCluster(entry.name[0], 'servicebus', { config }, entry.path));
}

function readEntity(r: ArmReader, entry: Entry, rules: readonly Entry[]): void {
  const cluster = r.ids.get(entry.name[0]);
  const kind = entry.type === QUEUE ? 'servicebus-queue' : entry.type === TOPIC ? 'servicebus-topic' : 'servicebus-subscription';
  const own = rules.filter((rule) => rule.name.slice(0, -1).join('/') === entry.name.join('/'));
  const ruleList = own.map((rule) => readRule(r, rule)).filter((rule) => rule !== undefined);
  const onlyDefault = ruleList.length === 1 && ruleList[0].name === '$Default' && ruleList[0].sqlExpression === '1=1';
  const props = defined({ cluster, ...r.props(entry), rules: ruleList.length > 0 && !onlyDefault ? ruleList : undefined }) ?? {};
  const id = r.builder.addNode(kind, entry.name[entry.name.length - 1], props, entry.path);
  if (id === undefined) return;
  r.ids.set(entry.name.join('/'), id);
  if (kind === 'servicebus-subscription') {
    const topic = r.ids.get(entry.name.slice(0, -1).join('/'));
    if (topic) r.builder.connect('subscription', topic, id, {}, entry.path);
    else r.builder.note(`${entry.path}.name`, `the topic ${entry.name.slice(0, -1).join('/')} is not in this template: the subscription is attached to none.`);
  }
}

function readRule(r: ArmReader, rule: Entry): { name: string; sqlExpression?: string } & Rec {
  const p = isRecord(rule.body.properties) ? rule.body.properties : {};
  const sql = isRecord(p.sqlFilter) ? p.sqlFilter : {};
  const correlation = isRecord(p.correlationFilter) ? p.correlationFilter : undefined;
  const action = isRecord(p.action) ? p.action : {};
  for (const key of Object.keys(p))
    if (!['filterType', 'sqlFilter', 'correlationFilter', 'action'].includes(key)) r.builder.note(`${rule.path}.properties.${key}`, `${key} is not held by the design: left out.`);
  const { requiresPreprocessing: _pre, correlationId, messageId, to, replyTo, label, sessionId, contentType, properties } = correlation ?? {};
  return {
    name: rule.name[rule.name.length - 1],
    ...defined({
      filterType: p.filterType,
      sqlExpression: typeof sql.sqlExpression === 'string' ? sql.sqlExpression : undefined,
      correlationFilter: correlation ? defined({ correlationId, messageId, to, replyTo, label, sessionId, contentType, properties }) : undefined,
      action: typeof action.sqlExpression === 'string' ? action.sqlExpression : undefined,
    }),
  };
}

function deadLetters(r: ArmReader, entry: Entry): void {
  const properties = isRecord(entry.body.properties) ? entry.body.properties : {};
  const target = properties.forwardDeadLetteredMessagesTo;
  const from = r.ids.get(entry.name.join('/'));
  if (typeof target !== 'string' || target === '' || from === undefined) return;
  const to = r.ids.get(`${entry.name[0]}/${target}`);
  const path = `${entry.path}.properties.forwardDeadLetteredMessagesTo`;
  if (to) r.builder.connect('dead-letter', from, to, {}, path);
  else r.builder.note(path, `${target.slice(0, 80)} is not a queue or topic of this template: left out.`);
}

function importArm(text: string, fileName: string | undefined): ImportResult {
  const parsed = parseDataText(text, 'json', { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const doc = parsed.data;
  if (!isRecord(doc) || !Array.isArray(doc.resources)) return parseErrors({ message: 'An ARM template is a JSON object with a "resources" list.' });
  const r = new ArmReader(isRecord(doc.parameters) ? doc.parameters : {});
  const entries = flatten(r, doc.resources, 'resources');
  const ofType = (type: string) => entries.filter((e) => e.type.toLowerCase() === type.toLowerCase());
  if (ofType(QUEUE).length + ofType(TOPIC).length === 0) return parseErrors({ message: `The template declares no ${QUEUE} or ${TOPIC} resource.` });
  for (const ns of ofType(SB)) readNamespace(r, ns);
  const rules = ofType(RULE);
  for (const entity of [...ofType(QUEUE), ...ofType(TOPIC), ...ofType(SUBSCRIPTION)]) readEntity(r, { ...entity, type: canonicalType(entity.type) }, rules);
  for (const entity of [...ofType(QUEUE), ...ofType(SUBSCRIPTION)]) deadLetters(r, entity);
  const known = new Set([SB, QUEUE, TOPIC, SUBSCRIPTION, RULE].map((t) => t.toLowerCase()));
  for (const e of entries) if (!known.has(e.type.toLowerCase())) r.builder.note(e.path, `${e.type} is not a Service Bus namespace, queue, topic, subscription or rule: left out.`);
  const stem = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.json$/i, '');
  return r.builder.build(stem && stem !== 'template' ? stem : 'Service Bus (ARM template)');
}

/** The type as this reader names it (ARM types are case-insensitive). */
function canonicalType(type: string): string {
  return [QUEUE, TOPIC, SUBSCRIPTION].find((t) => t.toLowerCase() === type.toLowerCase()) ?? type;
}

export const armServicebusImporter: Importer = {
  id: 'arm-servicebus',
  label: 'Azure Resource Manager template with Service Bus resources (.json)',
  detect(text) {
    const start = head(text);
    return /^\s*\{/.test(start) && /deploymentTemplate\.json/i.test(start) && /"Microsoft\.ServiceBus\/namespaces\/(queues|topics)"/i.test(start);
  },
  import: (text, fileName) => guard(() => importArm(text, fileName)),
};
