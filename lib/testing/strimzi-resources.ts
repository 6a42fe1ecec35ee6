/**
 * Strimzi resources as the Topic and User Operators act on them, for
 * comparing two files: which topics (by Kafka name and cluster) with which
 * partitions, replicas and configs; which users with which authentication,
 * quotas and ACL rules, one rule per operation with Strimzi's defaults
 * applied (allow, literal, every host), since `operation: Read` and
 * `operations: [Read]` are the same rule to the operator.
 */

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface OperatorTopic {
  cluster: string;
  name: string;
  partitions: unknown;
  replicas: unknown;
  /** Config values as the operator passes them to Kafka: text. */
  config: Record<string, string>;
}

export interface OperatorUser {
  cluster: string;
  name: string;
  authentication?: unknown;
  quotas?: unknown;
  /** Sorted, one line per rule and operation: `allow topic literal orders Read *`. */
  rules?: string[];
}

export function operatorView(docs: readonly unknown[]): { topics: OperatorTopic[]; users: OperatorUser[] } {
  const topics: OperatorTopic[] = [];
  const users: OperatorUser[] = [];
  for (const doc of docs) {
    if (!isRec(doc) || typeof doc.apiVersion !== 'string' || !doc.apiVersion.startsWith('kafka.strimzi.io/')) continue;
    const metadata = isRec(doc.metadata) ? doc.metadata : {};
    const labels = isRec(metadata.labels) ? metadata.labels : {};
    const cluster = String(labels['strimzi.io/cluster'] ?? '');
    const spec = isRec(doc.spec) ? doc.spec : {};
    if (doc.kind === 'KafkaTopic') {
      const config = isRec(spec.config) ? Object.fromEntries(Object.entries(spec.config).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)])) : {};
      topics.push({ cluster, name: String(spec.topicName ?? metadata.name), partitions: spec.partitions, replicas: spec.replicas, config });
    } else if (doc.kind === 'KafkaUser') {
      const authorization = isRec(spec.authorization) ? spec.authorization : undefined;
      const rules = authorization
        ? (Array.isArray(authorization.acls) ? authorization.acls : []).flatMap((acl) => {
            if (!isRec(acl)) return [];
            const resource = isRec(acl.resource) ? acl.resource : {};
            const ops = [...(Array.isArray(acl.operations) ? acl.operations : []), ...(acl.operation !== undefined ? [acl.operation] : [])];
            const name = resource.type === 'cluster' ? 'kafka-cluster' : String(resource.name);
            const pattern = resource.type === 'cluster' ? 'literal' : String(resource.patternType ?? 'literal');
            return ops.map((op) => `${String(acl.type ?? 'allow')} ${String(resource.type)} ${pattern} ${name} ${String(op)} ${String(acl.host ?? '*')}`);
          })
        : undefined;
      users.push({
        cluster,
        name: String(metadata.name),
        ...(isRec(spec.authentication) ? { authentication: spec.authentication.type } : {}),
        ...(spec.quotas !== undefined ? { quotas: spec.quotas } : {}),
        ...(rules ? { rules: [...new Set(rules)].sort() } : {}),
      });
    }
  }
  const byKey = <T extends { cluster: string; name: string }>(list: T[]) => [...list].sort((a, b) => (`${a.cluster}/${a.name}` < `${b.cluster}/${b.name}` ? -1 : 1));
  return { topics: byKey(topics), users: byKey(users) };
}
