import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { Design, KafkaAcl } from '../design';
import { principalAcls } from '../exporters/kafka-acls';
import { clientIdOf, groupIdOf, kafkaClients, kafkaTopicGroups, topicSettings } from '../exporters/kafka-common';
import { configValueText } from '../exporters/kafka-config-domain';
import { k8sName, strimziExporter, strimziV1beta2Exporter } from '../exporters/strimzi';
import { kafkaDesignArb } from '../testing/exports/arbitraries';
import { withKafkaPrincipals } from '../testing/arbitrary-kafka-principals';
import { readYamlLikeGo, requireGo } from '../testing/go-check';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { operatorView } from '../testing/strimzi-resources';
import { strimziImporter } from './strimzi';

/**
 * Round trips through Strimzi's KafkaTopic and KafkaUser resources.
 *
 * Strimzi file → design → Strimzi file gives what the Topic and User
 * Operators treat as the same resources, for every corpus file: the same
 * topics (no KafkaTopic the file did not declare) with the same partitions,
 * replicas and configs, and the same users with the same authentication,
 * quotas and ACL rules (prefix rules stay prefix rules, Create and Delete
 * stay, deny and cluster rules stay). Both files are read as kubectl reads
 * them (sigs.k8s.io/yaml), each in its own API version family (v1 files come
 * back as v1, v1beta2 and v1beta1 as v1beta2, which Strimzi 0.x serves
 * alongside v1beta1). Deployments and other kinds are not Strimzi's and are
 * not exported.
 *
 * A value the file leaves out (a config, partitions, replicas) stays unset in
 * the design, the broker's default, and the re-export writes none the
 * original did not.
 */

requireSharedDir('Strimzi round trips');
requireGo('Strimzi round trips (files are read as kubectl reads them)');

const dir = sharedPath('corpus', 'strimzi');

describe('Strimzi corpus: file → design → file, as the operators see it', () => {
  it.each(readdirSync(dir).sort())('%s', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const imported = strimziImporter.import(text, file);
    if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
    const v1 = /apiVersion:\s*kafka\.strimzi\.io\/v1\s*$/m.test(text);
    const exported = (v1 ? strimziExporter : strimziV1beta2Exporter).export(imported.design);
    if (!exported.ok) throw new Error(exported.errors.map((e) => e.message).join('\n'));
    const original = operatorView(readYamlLikeGo(text, 'k8s-yaml'));
    const again = operatorView(readYamlLikeGo(exported.files[0].content, 'k8s-yaml'));

    expect(again.users).toEqual(original.users);
    expect(again.topics.map((t) => [t.cluster, t.name, t.partitions, t.replicas])).toEqual(original.topics.map((t) => [t.cluster, t.name, t.partitions, t.replicas]));
    again.topics.forEach((topic, i) => {
      const before = original.topics[i].config;
      expect(Object.fromEntries(Object.entries(topic.config).filter(([key]) => key in before)), `${topic.name}: the values the file sets`).toEqual(before);
      expect(
        Object.keys(topic.config).filter((key) => !(key in before)),
        `${topic.name}: values the file does not set`,
      ).toEqual([]);
    });
  });
});

/**
 * What a Strimzi file carries of a design, as the operators would act on
 * it: its topics (with the role and notes its annotations keep), and its users with their rules; which topics each user's
 * service reads and writes, and the group it consumes in. A service without a
 * declared principal becomes a user named after it (SCRAM-SHA-512, the rules
 * its connections need).
 */
function strimziFacts(design: Design) {
  const groups = kafkaTopicGroups(design).filter((g) => g.cluster?.broker !== 'redpanda');
  const labelOf = (topic: ResolvedKafkaTopic) => k8sName(groups.find((g) => g.topics.includes(topic))!.id).name;
  const topics = groups
    .flatMap((g) => g.topics)
    .map((t) => ({
      cluster: labelOf(t),
      name: t.name,
      partitions: t.partitions,
      replicas: t.replicationFactor,
      config: Object.fromEntries(topicSettings(t).map(([k, v]) => [k, configValueText(v)])),
      role: t.role,
      notes: t.notes,
    }));
  const users: Array<{ name: string; authentication?: string; quotas?: unknown; acls?: string[] }> = [];
  const flows: string[] = [];
  const clients = kafkaClients(design);
  const principalOf = new Map(design.clusters.flatMap((c) => (c.principals ?? []).flatMap((p) => (p.service ? [[`${c.id}\u0000${p.service}`, p] as const] : []))));
  const rules = (acls: KafkaAcl[]) =>
    [
      ...new Set(
        acls.flatMap((a) => a.operations.map((op) => `${a.type} ${a.resource.type} ${a.resource.name ?? ''} ${a.resource.name === undefined ? '' : a.resource.patternType} ${op} ${a.host ?? '*'}`)),
      ),
    ].sort();
  for (const cluster of design.clusters) {
    for (const p of cluster.principals ?? []) {
      const client = clients.find((c) => c.node.id === p.service);
      const part = client && { ...client, writes: client.writes.filter((t) => t.cluster === cluster.id), reads: client.reads.filter((t) => t.cluster === cluster.id) };
      const acls = principalAcls(p, part);
      users.push({
        name: p.name,
        authentication: p.authentication,
        quotas: p.quotas && Object.keys(p.quotas).length > 0 ? p.quotas : undefined,
        acls: p.acls === undefined && acls.length === 0 ? undefined : rules(acls),
      });
      for (const t of part?.reads ?? []) flows.push(`${p.name} reads ${t.name}`);
      for (const t of part?.writes ?? []) flows.push(`${p.name} writes ${t.name}`);
      if (part?.node.kind === 'consumer-group' && part.reads.length > 0) flows.push(`${p.name} consumes in ${groupIdOf(part.node)}`);
    }
  }
  for (const client of clients) {
    // One user per cluster the service uses, named after it (and the cluster, when it uses several).
    const used = [...new Set([...client.writes, ...client.reads].map((t) => t.cluster!))];
    for (const cluster of used) {
      if (principalOf.has(`${cluster}\u0000${client.node.id}`)) continue;
      const here = (t: ResolvedKafkaTopic) => t.cluster === cluster;
      const part = { ...client, writes: client.writes.filter(here), reads: client.reads.filter(here) };
      // Named after the service's name (its client id) as a Kubernetes name, as the exporter names it.
      const name = k8sName(used.length > 1 ? `${clientIdOf(client.node)}-${cluster}` : clientIdOf(client.node)).name;
      users.push({ name, authentication: 'scram-sha-512', quotas: undefined, acls: rules(principalAcls(undefined, part)) });
      for (const t of part.reads) flows.push(`${name} reads ${t.name}`);
      for (const t of part.writes) flows.push(`${name} writes ${t.name}`);
      if (client.node.kind === 'consumer-group' && part.reads.length > 0) flows.push(`${name} consumes in ${groupIdOf(client.node)}`);
    }
  }
  const sortBy = <T>(list: T[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return { topics: sortBy(topics), users: sortBy(users), flows: [...new Set(flows)].sort() };
}

const designs = withKafkaPrincipals(
  kafkaDesignArb({
    topicName: fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/),
    groupId: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { nil: undefined }),
    transactionalId: fc.constant(undefined),
  }),
);

describe('design → Strimzi → design', () => {
  it('keeps topics, users (authentication, rules, quotas) and what each user reads and writes (fast-check)', () => {
    let exported = 0;
    fc.assert(
      fc.property(designs, fc.boolean(), (design, v1) => {
        const out = (v1 ? strimziExporter : strimziV1beta2Exporter).export(design);
        if (!out.ok) return;
        // Services of one name get numbered users (the exporter's own test covers that); here each name is one user.
        const serviceNames = kafkaClients(design).map((c) => clientIdOf(c.node).toLowerCase());
        if (new Set(serviceNames).size !== serviceNames.length) return;
        exported++;
        const back = strimziImporter.import(out.files[0].content, out.files[0].path);
        if (!back.ok) throw new Error(back.errors.map((e) => e.message).join('\n'));
        expect(strimziFacts(back.design)).toEqual(strimziFacts(design));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 100) },
    );
    expect(exported).toBeGreaterThan(20);
  }, 60_000);
});
