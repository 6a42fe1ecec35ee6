import { DesignBuilder, guard, head, isRecord, parseErrors } from './builder';
import { type HclBody } from './hcl';
import type { ImportResult, Importer } from './importer';
import { ArgumentReader, block, defined, designName, readTerraformText, referenced, resources, type Resource } from './terraform-resources';

/**
 * Terraform for Apache Pulsar (the streamnative/pulsar provider), as the Terraform export writes
 * it or as people write it by hand:
 *
 * - `pulsar_topic` → a Pulsar topic: its `topic_name`, `topic_type` (persistence), `partitions`,
 *   and the tenant and namespace it names (a reference to a `pulsar_tenant` or `pulsar_namespace`
 *   of the file, or a literal name);
 * - `pulsar_namespace` → the policies of every topic in it: retention (`retention_policies`),
 *   backlog quota, deduplication, message TTL and schema compatibility (`namespace_config`),
 *   under the topic kind's admin API names. Pulsar keeps them per namespace; the design per topic;
 * - `pulsar_tenant` is read for its name; all topics go on one Pulsar cluster, named after the
 *   `pulsar_cluster` variable's default when the file has one (the export writes it).
 *
 * Other resources, arguments the design cannot hold and values it cannot resolve are reported
 * with their path; a namespace without a topic is reported too, since the design has no node for it.
 */

const TENANT = 'pulsar_tenant';
const NAMESPACE = 'pulsar_namespace';
const TOPIC = 'pulsar_topic';
const HELD = {
  [TENANT]: new Set(['tenant', 'allowed_clusters', 'admin_roles']),
  [NAMESPACE]: new Set(['tenant', 'namespace', 'enable_deduplication', 'retention_policies', 'backlog_quota', 'namespace_config']),
  [TOPIC]: new Set(['tenant', 'namespace', 'topic_name', 'topic_type', 'partitions']),
};
const NAMESPACE_CONFIG_HELD = new Set(['message_ttl_seconds', 'schema_compatibility_strategy']);

class PulsarReader extends ArgumentReader {
  /** Tenant names by the pulsar_tenant resource's Terraform name. */
  readonly tenants = new Map<string, string>();
  /** Namespace resources by Terraform name and by "tenant/namespace". */
  readonly namespaces = new Map<string, { resource: Resource; tenant?: string; namespace?: string; policies?: Record<string, unknown>; used: boolean }>();

  /** A tenant argument: a pulsar_tenant reference or a literal name. */
  tenant(value: unknown, path: string): string | undefined {
    const ref = referenced(value, TENANT, ['tenant', 'id']);
    if (ref !== undefined) {
      const name = this.tenants.get(ref);
      if (name === undefined) this.builder.note(path, `${String(value).slice(0, 80)} names no pulsar_tenant of this file: left out.`);
      return name;
    }
    return this.text(value, path);
  }
}

function readNamespace(r: PulsarReader, ns: Resource): void {
  r.unheld(ns, HELD[NAMESPACE]);
  const config = block(ns.body, 'namespace_config');
  if (config) for (const key of Object.keys(config)) if (!NAMESPACE_CONFIG_HELD.has(key)) r.builder.note(`${ns.path}.namespace_config.${key}`, `${key} is not held by the design: left out.`);
  const entry = { resource: ns, tenant: r.tenant(ns.body.tenant, `${ns.path}.tenant`), namespace: r.text(ns.body.namespace, `${ns.path}.namespace`), used: false };
  r.namespaces.set(ns.name, entry);
  if (entry.tenant !== undefined && entry.namespace !== undefined) r.namespaces.set(`${entry.tenant}/${entry.namespace}`, entry);
}

/** A namespace's policies under the pulsar-topic kind's field names. */
function policies(r: PulsarReader, ns: Resource): Record<string, unknown> {
  const { body, path } = ns;
  const retention = block(body, 'retention_policies');
  const quota = block(body, 'backlog_quota');
  const config = block(body, 'namespace_config');
  return {
    retentionTimeInMinutes: r.integer(retention?.retention_minutes, `${path}.retention_policies.retention_minutes`),
    retentionSizeInMB: r.integer(retention?.retention_size_in_mb, `${path}.retention_policies.retention_size_in_mb`),
    backlogQuotaLimitBytes: r.integer(quota?.limit_bytes, `${path}.backlog_quota.limit_bytes`),
    backlogQuotaLimitSeconds: r.integer(quota?.limit_seconds, `${path}.backlog_quota.limit_seconds`),
    backlogQuotaPolicy: r.text(quota?.policy, `${path}.backlog_quota.policy`),
    deduplication: r.flag(body.enable_deduplication, `${path}.enable_deduplication`),
    messageTtlSeconds: r.integer(config?.message_ttl_seconds, `${path}.namespace_config.message_ttl_seconds`),
    schemaCompatibilityStrategy: r.text(config?.schema_compatibility_strategy, `${path}.namespace_config.schema_compatibility_strategy`),
  };
}

function readTopic(r: PulsarReader, topic: Resource, cluster: string): void {
  const { body, path } = topic;
  r.unheld(topic, HELD[TOPIC]);
  const ref = referenced(body.namespace, NAMESPACE, ['namespace', 'id']);
  const tenant = r.tenant(body.tenant, `${path}.tenant`);
  const literalNamespace = ref === undefined ? r.text(body.namespace, `${path}.namespace`) : undefined;
  const ns = ref !== undefined ? r.namespaces.get(ref) : r.namespaces.get(`${tenant}/${literalNamespace}`);
  if (ref !== undefined && ns === undefined) r.builder.note(`${path}.namespace`, `${String(body.namespace).slice(0, 80)} names no pulsar_namespace of this file: left out.`);
  if (ns) {
    ns.used = true;
    // Read once per namespace, so what it cannot read is reported once.
    ns.policies ??= policies(r, ns.resource);
  }
  const props = defined({
    cluster,
    tenant: tenant ?? ns?.tenant,
    namespace: ns?.namespace ?? literalNamespace,
    persistence: r.text(body.topic_type, `${path}.topic_type`),
    partitions: r.integer(body.partitions, `${path}.partitions`),
    ...ns?.policies,
  });
  r.builder.addNode('pulsar-topic', r.text(body.topic_name, `${path}.topic_name`) ?? topic.name, props ?? {}, path);
}

/** The default of the `pulsar_cluster` variable the export declares, if the file has it. */
function clusterName(parsed: HclBody): string {
  const variable = isRecord(parsed.variable) ? parsed.variable.pulsar_cluster : undefined;
  const fallback = Array.isArray(variable) && isRecord(variable[0]) ? variable[0].default : undefined;
  return typeof fallback === 'string' && fallback !== '' ? fallback : 'Pulsar';
}

function importTerraform(text: string, fileName: string | undefined): ImportResult {
  const read = readTerraformText(text);
  if (!read.ok) return read.error;
  const parsed = read.body;
  const topics = resources(parsed, TOPIC);
  if (topics.length === 0) return parseErrors({ message: 'The file declares no pulsar_topic resource.' });
  const r = new PulsarReader(new DesignBuilder());
  for (const tenant of resources(parsed, TENANT)) {
    r.unheld(tenant, HELD[TENANT]);
    const name = r.text(tenant.body.tenant, `${tenant.path}.tenant`);
    if (name !== undefined) r.tenants.set(tenant.name, name);
  }
  for (const ns of resources(parsed, NAMESPACE)) readNamespace(r, ns);
  const cluster = r.builder.addCluster(clusterName(parsed), 'pulsar', {}, 'variable.pulsar_cluster');
  for (const topic of topics) readTopic(r, topic, cluster);
  for (const ns of new Set(r.namespaces.values())) if (!ns.used) r.builder.note(ns.resource.path, 'a namespace without a topic of this file: the design has no node for it, left out.');
  r.others(parsed, new Set([TENANT, NAMESPACE, TOPIC]), 'a Pulsar tenant, namespace or topic');
  return r.builder.build(designName(text, fileName, 'Apache Pulsar tenants, namespaces and topics', 'Pulsar (Terraform)'));
}

export const terraformPulsarImporter: Importer = {
  id: 'terraform-pulsar',
  label: 'Terraform for Apache Pulsar (.tf)',
  detect(text, fileName) {
    const start = head(text);
    return /resource\s+"pulsar_topic"/.test(start) && (fileName === undefined || /\.tf$/i.test(fileName) || !/^\s*[{[]/.test(start));
  },
  import: (text, fileName) => guard(() => importTerraform(text, fileName)),
};
