import { parseDataDocuments } from '../design/safe-parse-text';
import { fileStem, isRecord, parseErrors } from './builder';
import type { ImportResult } from './importer';

/**
 * The refusal for a file no importer recognises: it says what the file
 * looks like (when it is a known format without an importer) and what can be
 * imported, so the user knows what to do instead of seeing "unknown format".
 */

const SUPPORTED =
  'Queuewright imports design files, AsyncAPI 2.x/3.x, RabbitMQ definitions.json, Strimzi KafkaTopic/KafkaUser manifests, topicctl topic/cluster YAML, NATS JetStream stream/consumer JSON, JulieOps topology descriptors, ActiveMQ Artemis broker.xml, Azure Resource Manager templates with Service Bus entities and Terraform for Google Cloud Pub/Sub, Azure Service Bus and Apache Pulsar.';

export function unrecognisedFormat(text: string, fileName?: string): ImportResult {
  const terraform = terraformResourceTypes(text, fileName);
  if (terraform) return refuse(`This Terraform file declares no resource Queuewright reads (resource types: ${terraform}).`);
  const parsed = parseDataDocuments(text, { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors({ ...parsed.problem, message: `${parsed.problem.message} ${SUPPORTED}` });
  const docs = parsed.documents.filter((d) => d !== null && d !== undefined);
  if (docs.length === 0) return refuse('The file is empty.');
  const first = docs[0];
  if (!isRecord(first)) return refuse('The file holds a list or a single value, not a configuration object.');
  const keys = new Set(Object.keys(first));

  if ((keys.has('durable_name') || keys.has('deliver_subject') || keys.has('deliver_policy')) && (keys.has('ack_policy') || keys.has('max_deliver'))) {
    return refuse('This is a NATS JetStream consumer configuration. It cannot be imported yet; add the consumer group in the studio instead.');
  }
  if (keys.has('services') && (keys.has('version') || keys.has('volumes') || keys.has('networks') || keys.has('name'))) {
    return refuse('This looks like a docker-compose file; it describes containers, not a messaging topology.');
  }
  if (keys.has('AWSTemplateFormatVersion') || keys.has('Resources')) {
    return refuse('This looks like an AWS CloudFormation template; importing SQS/SNS templates is not supported yet.');
  }
  if (typeof first.$schema === 'string' && /deploymentTemplate\.json/i.test(first.$schema)) {
    return refuse('This is an Azure Resource Manager template without a Service Bus queue or topic.');
  }
  if (keys.has('openapi') || keys.has('swagger')) return refuse('This is an OpenAPI document (HTTP APIs), not AsyncAPI.');
  if (keys.has('apiVersion') && keys.has('kind')) {
    return refuse(`This is a Kubernetes manifest (${String(first.apiVersion).slice(0, 60)} ${String(first.kind).slice(0, 60)}) with no Strimzi KafkaTopic or KafkaUser in it.`);
  }
  if (keys.has('meta') && keys.has('spec')) {
    return refuse('This looks like a topicctl config, but it is neither a topic (meta.cluster, spec.partitions, spec.placement) nor a cluster (spec.bootstrapAddrs) config.');
  }
  const stem = fileStem(fileName);
  return refuse(
    `The format of ${stem ? `"${stem.slice(0, 80)}"` : 'this file'} is not recognised (top-level keys: ${
      [...keys]
        .slice(0, 8)
        .map((k) => k.slice(0, 40))
        .join(', ') || 'none'
    }).`,
  );
}

/** The resource types of a Terraform file (a .tf name, or `resource "type" "name"` blocks), or undefined when it is not one. */
function terraformResourceTypes(text: string, fileName: string | undefined): string | undefined {
  const types = [...new Set([...text.slice(0, 65_536).matchAll(/^\s*resource\s+"([A-Za-z0-9_-]{1,64})"/gm)].map((m) => m[1]))];
  if (types.length === 0 && !/\.tf$/i.test(fileName ?? '')) return undefined;
  return types.length === 0 ? 'none' : `${types.slice(0, 8).join(', ')}${types.length > 8 ? ` and ${types.length - 8} more` : ''}`;
}

function refuse(message: string): ImportResult {
  return { ok: false, errors: [{ message: `${message} ${SUPPORTED}` }] };
}
