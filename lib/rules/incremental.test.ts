import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedConnectionKinds, designFromData, KIND_BY_NAME, NODE_KINDS, removeElements, type Design, type DesignNode, type NodeKind } from '../design';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { arbMixedDesign, arbNatsDesign, arbRabbitDesign } from '../testing/arbitrary-design';
import { kindFields } from '../testing/arbitrary-kind-fields';
import { arbPubsubDesign } from '../testing/arbitrary-pubsub-design';
import { arbArtemisDesign } from '../testing/artemis-arbitrary';
import { loadCorpus } from '../testing/labelled-corpus';
import { runRules } from './engine';
import { effectiveSeverity } from './presets';
import { RULES } from './registry';

/**
 * The engine reuses a rule's reports while its inputs are unchanged
 * (incremental.ts). Here every rule reviews a sequence of edited designs in
 * order, as the studio does, and must find exactly what a fresh review of a
 * copy of each design finds, where nothing is reused. The edits are the
 * studio's: settings (a whole node's, or one flipped), what a service declares,
 * names, nodes and connections added and removed,
 * clusters changed and nodes moved between them, requirements, accepted risks.
 */

const corpus = loadCorpus().entries.map((entry) => entry.design);

/** Designs of every family: the corpus's expert designs, and the generators of lib/testing. */
const arbStart = fc.oneof(
  fc.nat({ max: corpus.length - 1 }).map((i) => corpus[i]),
  arbitraryDesign({ maxNodes: 12 }),
  arbMixedDesign(),
  arbRabbitDesign(),
  arbNatsDesign(),
  arbPubsubDesign(),
  arbArtemisDesign(),
);

const EDITS = ['settings', 'flip', 'declare', 'rename', 'add-node', 'remove-node', 'add-connection', 'remove-connection', 'cluster', 'move', 'requirements', 'accept-risk'] as const;
const arbEdit = fc.record({ what: fc.constantFrom(...EDITS), at: fc.nat(), other: fc.nat(), seed: fc.integer() });
type Edit = typeof arbEdit extends fc.Arbitrary<infer E> ? E : never;

/** A node of `kind` with settings drawn from `seed`, parsed as a design file would be (defaults filled). */
function parsedNode(kind: DesignNode['kind'], id: string, seed: number): DesignNode | undefined {
  const [fields] = fc.sample(kindFields(kind), { numRuns: 1, seed });
  const result = designFromData({ queuewright: 2, name: 'edit', nodes: [{ ...fields, kind, id, name: id }] });
  return result.ok ? result.design.nodes[0] : undefined;
}

function replaceNode(design: Design, node: DesignNode, next: DesignNode): Design {
  return { ...design, nodes: design.nodes.map((n) => (n === node ? next : n)) };
}

function applyEdit(design: Design, edit: Edit, step: number): Design {
  const node = design.nodes.length > 0 ? design.nodes[edit.at % design.nodes.length] : undefined;
  const other = design.nodes.length > 0 ? design.nodes[edit.other % design.nodes.length] : undefined;
  switch (edit.what) {
    case 'settings': {
      const fresh = node && parsedNode(node.kind, node.id, edit.seed);
      return node && fresh ? replaceNode(design, node, { ...fresh, name: node.name, cluster: node.cluster, acceptedRisks: node.acceptedRisks } as DesignNode) : design;
    }
    case 'flip': {
      // One setting flipped, the rest of the node (its requirements object) kept: what needs.ts and node-scope.ts reuse answers across.
      const flag = node && Object.keys(node).find((key) => typeof (node as unknown as Record<string, unknown>)[key] === 'boolean');
      return node && flag ? replaceNode(design, node, { ...node, [flag]: !(node as unknown as Record<string, boolean>)[flag] } as DesignNode) : design;
    }
    case 'declare': {
      if (!node || !('requirements' in node)) return design;
      const delivery = (['at-most-once', 'at-least-once', 'exactly-once'] as const)[edit.other % 3];
      return replaceNode(design, node, { ...node, requirements: { ...node.requirements, delivery } } as DesignNode);
    }
    case 'rename':
      return node ? replaceNode(design, node, { ...node, name: `${node.name} 2` }) : design;
    case 'add-node': {
      const added = parsedNode(NODE_KINDS[edit.at % NODE_KINDS.length], `added-${step}`, edit.seed);
      return added ? { ...design, nodes: [...design.nodes, added] } : design;
    }
    case 'remove-node':
      return node ? removeElements(design, { nodes: [node.id] }) : design;
    case 'add-connection': {
      const kinds = node && other && node !== other ? allowedConnectionKinds(node.kind, other.kind) : [];
      if (kinds.length === 0) return design;
      const kind = kinds[edit.seed >>> 0 > 0 ? (edit.seed >>> 0) % kinds.length : 0];
      const parsed = designFromData({ queuewright: 2, name: 'edit', nodes: [node, other], connections: [{ id: `added-${step}`, kind, from: node!.id, to: other!.id }] });
      return parsed.ok ? { ...design, connections: [...design.connections, parsed.design.connections[0]] } : design;
    }
    case 'remove-connection':
      return design.connections.length > 0 ? removeElements(design, { connections: [design.connections[edit.at % design.connections.length].id] }) : design;
    case 'cluster': {
      if (design.clusters.length === 0) return design;
      const at = edit.at % design.clusters.length;
      const environment = (['production', 'staging', 'development'] as const)[edit.other % 3];
      return { ...design, clusters: design.clusters.map((c, i) => (i === at ? { ...c, environment, nodes: 1 + ((edit.seed >>> 0) % 5) } : c)) };
    }
    case 'move': {
      if (!node) return design;
      const hosts = KIND_BY_NAME[node.kind].clusterBrokers as readonly string[];
      const candidates = design.clusters.filter((c) => hosts.includes(c.broker));
      const cluster = edit.other % (candidates.length + 1) === candidates.length ? undefined : candidates[edit.other % (candidates.length + 1)].id;
      return replaceNode(design, node, { ...node, cluster });
    }
    case 'requirements':
      return {
        ...design,
        requirements: {
          ...design.requirements,
          delivery: (['at-most-once', 'at-least-once', 'exactly-once'] as const)[edit.other % 3],
          ordering: (['none', 'per-key', 'strict'] as const)[edit.at % 3],
        },
      };
    case 'accept-risk': {
      const rule = RULES[edit.other % RULES.length].meta.id;
      return node ? replaceNode(design, node, { ...node, acceptedRisks: [...node.acceptedRisks, { rule, reason: 'accepted in a test' }] }) : design;
    }
  }
}

/** What a review says, comparable with toEqual (a fix is a function: its label stands for it). */
function review(design: Design) {
  return runRules(design, RULES).map((f) => ({ ...f, fix: f.fix?.label }));
}

describe('incremental review', () => {
  it('every design of an edit sequence, reviewed in order, gets what a fresh review of a copy gets', () => {
    fc.assert(
      fc.property(arbStart, fc.array(arbEdit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const sequence = [start];
        edits.forEach((edit, step) => sequence.push(applyEdit(sequence[sequence.length - 1], edit, step)));
        // Fresh copies first: reviewing them in between would break the chain of reused reports.
        const fresh = sequence.map((design) => review(structuredClone(design)));
        sequence.forEach((design, i) => expect(review(design), `after ${i} edits: ${JSON.stringify(edits.slice(0, i))}`).toEqual(fresh[i]));
      }),
      { numRuns: 100 },
    );
    // Hundreds of full reviews: minutes on a shared machine under load, seconds alone.
  }, 300_000);

  it('an edit of a setting runs again only the rules that read its kind', () => {
    const design = corpus.find((d) => d.nodes.some((n) => n.kind === 'kafka-topic'))!;
    review(design);
    const topic = design.nodes.find((n) => n.kind === 'kafka-topic')!;
    const edited = topic.kind === 'kafka-topic' ? replaceNode(design, topic, { ...topic, depthAlert: !topic.depthAlert }) : design;
    const { ran, spied } = spiedRules();
    runRules(design, spied);
    ran.clear();
    runRules(edited, spied);
    expectRanOnlyReadersOf('kafka-topic', design, ran);
  });

  it('after an undo, the next edit runs again only the rules that read the kind it changed', () => {
    const design = corpus.find((d) => d.nodes.some((n) => n.kind === 'kafka-topic') && d.nodes.some((n) => n.kind === 'consumer-group'))!;
    const topic = design.nodes.find((n) => n.kind === 'kafka-topic')!;
    const group = design.nodes.find((n) => n.kind === 'consumer-group')!;
    const topicEdited = replaceNode(design, topic, { ...topic, notes: 'an edit to undo' });
    const groupEdited = replaceNode(design, group, { ...group, notes: 'edited after the undo' });
    const { ran, spied } = spiedRules();
    runRules(design, spied);
    runRules(topicEdited, spied);
    runRules(design, spied); // the undo: a design reviewed before
    ran.clear();
    runRules(groupEdited, spied);
    // Compared with the design the undo returned to, not with the one it undid: the topics' rules do not run again.
    expectRanOnlyReadersOf('consumer-group', design, ran);
  });
});

/** Every rule, each adding its id to `ran` when it runs. */
function spiedRules() {
  const ran = new Set<string>();
  const spied = RULES.map((rule) => ({
    meta: rule.meta,
    check: (context: Parameters<typeof rule.check>[0]) => {
      ran.add(rule.meta.id);
      rule.check(context);
    },
  }));
  return { ran, spied };
}

/** The rules that ran are exactly those that read `kind` or declare nothing they read (fewer than every rule on). */
function expectRanOnlyReadersOf(kind: NodeKind, design: Design, ran: ReadonlySet<string>): void {
  const runs = RULES.filter((r) => effectiveSeverity(r.meta, design.review) !== 'off');
  const expected = runs.filter((r) => !r.meta.reads || r.meta.reads.includes(kind)).map((r) => r.meta.id);
  expect(expected.length).toBeLessThan(runs.length);
  expect([...ran].sort()).toEqual(expected.sort());
}
