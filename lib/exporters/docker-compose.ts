import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { brokerSchema, kindDefinition, type Broker, type Design } from '../design';
import type { Service } from '../brokers/compose-part';
import { PARTS } from './compose-services';
import { commentText } from './escape';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';
import { toYaml } from './yaml';

/**
 * A docker-compose file for a local development stack that runs what the
 * other exports of the design create: one service per node of each broker the
 * design uses (from its clusters and its nodes' kinds). Kafka (KRaft,
 * apache/kafka) and Redpanda start as many nodes as the design's largest
 * replication factor needs, NATS as many servers as its largest stream's
 * replicas (routed into one JetStream cluster); RabbitMQ, LocalStack (SQS/SNS),
 * Pulsar and ActiveMQ Artemis run one node. Images are tagged with the version the design
 * declares for the broker (each broker's lib/brokers/<broker>/compose-part.ts
 * says which release a version becomes); host ports never collide (a second
 * broker wanting 9092 gets the next free one). Each service has a healthcheck.
 *
 * A design with several clusters of one broker gets one local cluster for
 * them, sized for the largest; the file's header names every assumption.
 */

/** The stack lists its brokers in brokerSchema's order, so a new broker needs no entry here. */
const ORDER: readonly Broker[] = brokerSchema.options;
/** A fixed KRaft cluster id (22 base64url characters), so the stack's data volume survives restarts. */
const CLUSTER_ID = 'q1Sh-9_ISia_zwGINzRvyQ';

/** The broker each node runs on: its cluster's, or its kind's own when it is on no cluster. */
function brokerOf(design: ResolvedDesign, node: ResolvedNode): Broker | undefined {
  const cluster = node.cluster === undefined ? undefined : design.clusters.find((c) => c.id === node.cluster);
  return cluster?.broker ?? kindDefinition(node.kind)?.broker;
}

/** The brokers a design uses: its clusters' brokers, and the brokers of nodes without a cluster. */
export function designBrokers(document: Design): Broker[] {
  const design = resolveDesign(document);
  const used = new Set<Broker>();
  for (const node of design.nodes) {
    const broker = brokerOf(design, node);
    if (broker) used.add(broker);
  }
  return ORDER.filter((b) => used.has(b));
}

/** How many nodes a broker's local cluster needs: enough for its largest (effective) replication factor. */
function nodesNeeded(design: ResolvedDesign, broker: Broker): number {
  let needed = 1;
  for (const node of design.nodes) {
    if (brokerOf(design, node) !== broker) continue;
    if (node.kind === 'kafka-topic') needed = Math.max(needed, node.replicationFactor);
    if (node.kind === 'nats-stream') needed = Math.max(needed, node.num_replicas);
  }
  return needed;
}

/** The version the design declares for a broker: its clusters' (the newest, when they differ). */
function versionOf(design: ResolvedDesign, broker: Broker): { version?: string; note?: string } {
  const versions = [...new Set(design.clusters.filter((c) => c.broker === broker && c.version !== undefined && design.nodes.some((n) => n.cluster === c.id)).map((c) => c.version!))];
  if (versions.length <= 1) return { version: versions[0] };
  const newest = [...versions].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).pop()!;
  return { version: newest, note: `The design's ${broker} clusters declare versions ${versions.join(', ')}; the local stack runs the newest, ${newest}` };
}

/** A compose project name: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
function projectName(design: ResolvedDesign): string {
  return (
    fileBaseName(design)
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 60) || 'queuewright'
  );
}

export const dockerComposeExporter: Exporter = {
  id: 'docker-compose',
  label: 'docker-compose (local stack)',
  description: 'A docker-compose file that runs each broker of the design locally, with the nodes and versions the design needs.',
  language: 'yaml',
  export(document) {
    const design = resolveDesign(document);
    const brokers = designBrokers(design);
    if (brokers.length === 0) return { ok: false, errors: [{ message: 'The design has no broker nodes (topics, exchanges, queues, streams) to run locally.' }] };
    const taken = new Set<number>();
    const port = (wanted: number) => {
      let p = wanted;
      while (taken.has(p)) p++;
      taken.add(p);
      return p;
    };
    const services: Record<string, Service> = {};
    const volumes: string[] = [];
    const notes: string[] = [];
    for (const broker of brokers) {
      const { version, note } = versionOf(design, broker);
      const part = PARTS[broker]({ version, nodes: nodesNeeded(design, broker), port }, CLUSTER_ID);
      Object.assign(services, part.services);
      volumes.push(...part.volumes);
      notes.push(...part.notes, ...(note ? [note] : []));
    }
    const doc: Record<string, unknown> = { name: projectName(design), services };
    if (volumes.length > 0) doc.volumes = Object.fromEntries(volumes.map((v) => [v, {}]));
    const head = [
      `# Local development stack for the design ${JSON.stringify(commentText(design.name))}. Generated by Queuewright.`,
      '# Start: docker compose up -d   Stop: docker compose down',
      ...notes.map((n) => `# - ${commentText(n, 400)}`),
      '# Create the topics, queues and streams with the other exports (Kafka script, RabbitMQ definitions, ...):',
      '# the stack has the nodes their replication factors need.',
    ].join('\n');
    return { ok: true, files: [{ path: 'docker-compose.yml', content: `${head}\n${toYaml(doc)}` }] };
  },
};
