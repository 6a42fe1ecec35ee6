import { topicSettingOf } from '../brokers/kafka-connect/plugins';
import { resolveDesign } from '../brokers/resolve';
import { incoming, nodeById, nodesOfKind, outgoing, type ConnectSinkNode, type ConnectSourceNode, type Design } from '../design';
import type { ExportError, ExportFile, Exporter } from './exporter';

/**
 * One JSON file per Kafka Connect connector, in the shape the Connect REST
 * API takes (`POST /connectors` with `{"name", "config"}`; `PUT
 * /connectors/<name>/config` takes the `config` object alone). Every value is
 * a string, as Connect's configuration is. What the design says with
 * connections is written as properties: a sink's `topics` are the topics that
 * deliver to it, its dead-letter connection is
 * `errors.deadletterqueue.topic.name` (created with the DLQ topic node's
 * replication factor unless the sink sets one), a source's topics fill the
 * plugin setting its `topicProperty` names (plugins like Debezium name
 * their topics themselves, from `topic.prefix`). Tested against a real Connect
 * worker in kafka-connect-worker.test.ts.
 */

type Connector = ConnectSourceNode | ConnectSinkNode;

/** ConnectorConfig refuses names with ISO control characters; a `/` cannot be addressed in the REST API's paths. */
const BAD_NAME = /[\u0000-\u001f\u007f-\u009f/]/;

export const kafkaConnectExporter: Exporter = {
  id: 'kafka-connect',
  label: 'Kafka Connect connectors',
  description: 'One JSON file per source and sink connector for the Connect REST API (POST /connectors).',
  language: 'json',
  export(design) {
    const connectors: Connector[] = [...nodesOfKind(design, 'connect-source'), ...nodesOfKind(design, 'connect-sink')];
    if (connectors.length === 0) return { ok: false, errors: [{ message: 'The design has no Kafka Connect source or sink connector.' }] };
    const errors: ExportError[] = [];
    const files: ExportFile[] = [];
    const seen = new Map<string, string>();
    for (const node of connectors) {
      const problems: string[] = [];
      if (node.name.trim() === '' || node.name !== node.name.trim()) problems.push(`connector name "${node.name}" starts or ends with blanks, which Connect's REST paths do not keep`);
      if (BAD_NAME.test(node.name)) problems.push(`connector name "${node.name}" has a control character or "/", which Connect refuses or cannot address`);
      const other = seen.get(node.name);
      if (other) problems.push(`connectors "${other}" and "${node.id}" are both named "${node.name}"; a Connect cluster keeps one connector per name`);
      seen.set(node.name, node.id);
      const config = connectorConfig(design, node, problems);
      errors.push(...problems.map((message) => ({ nodeId: node.id, message })));
      if (problems.length === 0) files.push({ path: `connectors/${node.id}.json`, content: `${JSON.stringify({ name: node.name, config }, null, 2)}\n` });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
  },
};

/** The connector's `config` object for the REST API; what cannot be written is added to `problems`. */
export function connectorConfig(design: Design, node: Connector, problems: string[]): Record<string, string> {
  const resolved = resolveDesign(design);
  const config: Record<string, string> = { 'connector.class': node.connectorClass };
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) config[key] = String(value);
  };
  set('tasks.max', node.config['tasks.max']);
  if (node.kind === 'connect-sink') {
    const topics = incoming(design, node.id, 'consume').map((c) => nodeById(design, c.from)?.name ?? c.from);
    const regex = node.config['topics.regex'];
    if (regex !== undefined && topics.length > 0)
      problems.push(`reads the connected topics (${topics.join(', ')}) and topics.regex "${regex}"; Connect accepts one of topics and topics.regex, not both`);
    else if (regex === undefined && topics.length === 0) problems.push('reads no topic: connect a Kafka topic to it or set topics.regex');
    else if (regex !== undefined) set('topics.regex', regex);
    else {
      const bad = topics.find((t) => t.includes(','));
      if (bad) problems.push(`topic "${bad}" has a comma, which Connect's comma-separated topics list cannot hold`);
      set('topics', topics.join(','));
    }
  } else {
    const topics = outgoing(design, node.id, 'publish').map((c) => nodeById(design, c.to)?.name ?? c.to);
    const setting = node.topicProperty ?? topicSettingOf(node.connectorClass);
    if (topics.length > 0 && setting !== undefined) set(setting, topics.join(','));
  }
  for (const key of ['key.converter', 'key.converter.schema.registry.url', 'value.converter', 'value.converter.schema.registry.url', 'value.converter.schemas.enable'] as const)
    set(key, node.config[key]);
  if (node.transforms.length > 0) {
    const names = node.transforms.map((t) => t.name);
    const repeated = names.find((n, i) => names.indexOf(n) !== i);
    if (repeated) problems.push(`has two transforms named "${repeated}"; each transform needs its own name`);
    set('transforms', names.join(','));
    for (const transform of node.transforms) {
      set(`transforms.${transform.name}.type`, transform.type);
      for (const [key, value] of Object.entries(transform.config)) set(`transforms.${transform.name}.${key}`, value);
    }
  }
  set('errors.tolerance', node.config['errors.tolerance']);
  set('errors.log.enable', node.config['errors.log.enable']);
  if (node.kind === 'connect-sink') {
    const dlq = outgoing(design, node.id, 'dead-letter')[0];
    const topic = dlq ? resolved.nodes.find((n) => n.id === dlq.to) : undefined;
    if (topic) {
      set('errors.deadletterqueue.topic.name', topic.name);
      set('errors.deadletterqueue.topic.replication.factor', node.config['errors.deadletterqueue.topic.replication.factor'] ?? (topic.kind === 'kafka-topic' ? topic.replicationFactor : undefined));
    } else set('errors.deadletterqueue.topic.replication.factor', node.config['errors.deadletterqueue.topic.replication.factor']);
    set('errors.deadletterqueue.context.headers.enable', node.config['errors.deadletterqueue.context.headers.enable']);
    set('consumer.override.max.poll.records', node.config['consumer.override.max.poll.records']);
  } else {
    set('exactly.once.support', node.config['exactly.once.support']);
    set('transaction.boundary', node.config['transaction.boundary']);
  }
  for (const [key, value] of Object.entries(node.extra)) {
    if (key in config)
      problems.push(
        `its plugin settings set "${key}", which the design already sets (${key === 'topics' || (node.kind === 'connect-source' && key === (node.topicProperty ?? topicSettingOf(node.connectorClass))) ? 'from its connected topics' : 'from its own field'}); remove it from the plugin settings`,
      );
    else config[key] = value;
  }
  return config;
}
