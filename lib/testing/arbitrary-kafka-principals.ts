import fc from 'fast-check';
import { KAFKA_ACL_OPERATIONS, type Design, type KafkaAcl, type KafkaPrincipal } from '../design';

/**
 * Adds declared Kafka principals to a design's Kafka clusters: some of its
 * services run as a principal of their own (named after the service, or not),
 * and some principals are users of the cluster only. Their rules mix what a
 * KafkaUser may say: prefix and `*` names, deny rules, Create and Delete,
 * cluster and transactional-id rules, hosts; authentication and quotas are
 * drawn too. Rules on topics never allow Read or Write on a topic of the
 * design (that would make an import infer a connection the design lacks);
 * they name other topics, or allow only other operations.
 */

const k8sWord = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/);

const acl: fc.Arbitrary<KafkaAcl> = fc
  .record({
    type: fc.constantFrom('allow', 'deny') as fc.Arbitrary<'allow' | 'deny'>,
    resource: fc.constantFrom('topic', 'group', 'transactionalId', 'cluster') as fc.Arbitrary<KafkaAcl['resource']['type']>,
    name: fc.oneof(
      k8sWord.map((w) => `elsewhere-${w}`),
      fc.constant('*'),
    ),
    patternType: fc.constantFrom('literal', 'prefix') as fc.Arbitrary<'literal' | 'prefix'>,
    operations: fc.subarray([...KAFKA_ACL_OPERATIONS], { minLength: 1, maxLength: 4 }),
    host: fc.option(fc.constantFrom('*', '10.0.0.1'), { nil: undefined }),
  })
  .map(({ type, resource, name, patternType, operations, host }) => {
    // On topics, Read, Write and All are kept to names no topic of the design has.
    const ops = resource === 'topic' && name === '*' ? operations.filter((o) => !['Read', 'Write', 'All'].includes(o)) : operations;
    return {
      type,
      resource: resource === 'cluster' ? { type: 'cluster', patternType: 'literal' } : { type: resource, name: name === '*' ? '*' : name, patternType: name === '*' ? 'literal' : patternType },
      operations: ops.length > 0 ? ops : ['Describe'],
      ...(host !== undefined ? { host } : {}),
    } as KafkaAcl;
  });

const principal = fc.record({
  authentication: fc.option(fc.constantFrom('tls', 'tls-external', 'scram-sha-512') as fc.Arbitrary<'tls' | 'tls-external' | 'scram-sha-512'>, { nil: undefined }),
  acls: fc.option(fc.array(acl, { maxLength: 4 }), { nil: undefined }),
  quotas: fc.option(fc.record({ producerByteRate: fc.integer({ min: 0, max: 1e9 }), requestPercentage: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: [] }), { nil: undefined }),
});

export function withKafkaPrincipals(designs: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  return designs.chain((design) => {
    const kafka = design.clusters.filter((c) => c.broker === 'kafka');
    const services = design.nodes.filter((n) => n.kind === 'producer' || n.kind === 'consumer-group');
    if (kafka.length === 0) return fc.constant(design);
    return fc
      .record({
        declared: fc.array(fc.tuple(fc.nat(), fc.boolean(), principal), { maxLength: services.length }),
        standalone: fc.array(fc.tuple(fc.nat(), k8sWord, principal), { maxLength: 2 }),
      })
      .map(({ declared, standalone }) => {
        const byCluster = new Map<string, KafkaPrincipal[]>();
        const names = new Set<string>();
        const used = new Set<string>();
        const add = (clusterIndex: number, p: KafkaPrincipal) => {
          if (names.has(p.name)) return;
          names.add(p.name);
          const id = kafka[clusterIndex % kafka.length].id;
          byCluster.set(id, [...(byCluster.get(id) ?? []), p]);
        };
        declared.forEach(([pick, ownName, p], i) => {
          const service = services[pick % services.length];
          if (used.has(service.id)) return;
          used.add(service.id);
          // A service's principal lives on the cluster of its topics (the first one it uses).
          const topic = design.connections
            .map((c) => design.nodes.find((n) => n.kind === 'kafka-topic' && (n.id === c.to || n.id === c.from) && (c.from === service.id || c.to === service.id)))
            .find(Boolean);
          const cluster = kafka.findIndex((c) => c.id === topic?.cluster);
          if (cluster < 0) return;
          add(cluster, { name: ownName ? `user-${i}-${service.id}` : service.id, service: service.id, ...p });
        });
        standalone.forEach(([cluster, name, p]) => add(cluster, { name: `only-${name}`, ...p }));
        return { ...design, clusters: design.clusters.map((c) => (byCluster.has(c.id) ? { ...c, principals: byCluster.get(c.id) } : c)) };
      });
  });
}
