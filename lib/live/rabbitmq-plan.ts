import type { BindingDef, ExchangeDef, PolicyDef, QueueDef, RabbitTopology } from '../exporters/rabbitmq-topology';
import { resourceKey, type Blocked, type Operation, type Plan } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { RabbitmqClusterState } from './rabbitmq-cluster-state';
import { bindingName, rabbitName } from './rabbitmq-desired';
import { bindingInScope, bindingKey, exchangeChanges, key, policyChanges, queueChanges } from './rabbitmq-drift';

/**
 * The ordered operations that make a RabbitMQ broker match a design, by
 * RabbitMQ's rules: an exchange's type and flags and a queue's type,
 * arguments and flags are fixed when it is declared (declaring again with
 * others fails with PRECONDITION_FAILED), so a change is a delete and a
 * declare: destructive (a queue's messages, an exchange's bindings), planned
 * only with --allow-delete for that resource, and followed by the design's
 * bindings of it. Policies change in place. Order: vhosts, deletes, exchanges,
 * queues, bindings, policies.
 */

export interface RabbitPlanOptions {
  allowDelete?: ReadonlySet<string>;
  scope?: AuditScope;
}

const exchangeOp = (e: ExchangeDef, why = 'a new exchange; nothing publishes to it yet.'): Operation => ({
  action: 'declare-exchange',
  resource: { type: 'exchange', name: rabbitName(e.vhost, e.name) },
  safety: 'safe',
  why,
  details: { vhost: e.vhost, name: e.name, type: e.type, durable: e.durable, auto_delete: e.autoDelete, internal: e.internal, arguments: e.arguments },
});

const queueOp = (q: QueueDef, why = 'a new queue; nothing is routed to it until it is bound.'): Operation => ({
  action: 'declare-queue',
  resource: { type: 'queue', name: rabbitName(q.vhost, q.name) },
  safety: 'safe',
  why,
  details: { vhost: q.vhost, name: q.name, durable: q.durable, auto_delete: q.autoDelete, arguments: q.arguments },
});

const bindOp = (b: BindingDef): Operation => ({
  action: 'bind',
  resource: { type: 'binding', name: bindingName(b) },
  safety: 'safe',
  why: 'messages matching it start to reach the destination as well; nothing that is routed now stops.',
  details: { vhost: b.vhost, source: b.source, destination: b.destination, destination_type: b.destinationType, routing_key: b.routingKey, arguments: b.arguments },
});

const policyOp = (p: PolicyDef, change: boolean): Operation => ({
  action: 'set-policy',
  resource: { type: 'policy', name: rabbitName(p.vhost, p.name) },
  safety: 'disruptive',
  why: `a policy ${change ? 'change ' : ''}applies at once to every matching ${p.applyTo === 'all' ? 'queue and exchange' : p.applyTo.replace(/_/g, ' ')} (limits may drop or dead-letter messages now).`,
  details: { vhost: p.vhost, name: p.name, pattern: p.pattern, 'apply-to': p.applyTo, priority: p.priority, definition: p.definition },
});

/** A plan as it is built: one list per step, in the order the steps run, and what is refused. */
interface PlanSteps {
  allow: ReadonlySet<string>;
  scope: AuditScope;
  vhosts: Operation[];
  deletes: Operation[];
  declares: Operation[];
  queues: Operation[];
  binds: Operation[];
  policies: Operation[];
  blocked: Blocked[];
  /** Resources deleted and declared again: their bindings go with them and are made again. */
  recreated: Set<string>;
}

export function planRabbitmq(desired: RabbitTopology, state: RabbitmqClusterState, options: RabbitPlanOptions = {}): Plan {
  const steps: PlanSteps = {
    allow: options.allowDelete ?? new Set<string>(),
    scope: options.scope ?? {},
    vhosts: [],
    deletes: [],
    declares: [],
    queues: [],
    binds: [],
    policies: [],
    blocked: [],
    recreated: new Set<string>(),
  };
  planVhosts(desired, state, steps);
  planExchanges(desired, state, steps);
  planQueues(desired, state, steps);
  // After the exchanges and queues: a binding of one they recreate is made again.
  planBindings(desired, state, steps);
  planPolicies(desired, state, steps);
  planRemovals(desired, state, steps);
  const { vhosts, deletes, declares, queues, binds, policies, blocked } = steps;
  return { operations: [...vhosts, ...deletes, ...declares, ...queues, ...binds, ...policies], blocked };
}

function planVhosts(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  for (const vhost of desired.vhosts) {
    if (!state.vhosts.includes(vhost)) steps.vhosts.push({ action: 'create-vhost', resource: { type: 'vhost', name: vhost }, safety: 'safe', why: 'a new virtual host.', details: { vhost } });
  }
}

/** New exchanges are declared; a changed one is deleted and declared again when allowed, else refused. */
function planExchanges(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  const liveExchanges = new Map(state.exchanges.map((e) => [key(e.vhost, e.name), e]));
  for (const e of desired.exchanges) {
    const have = liveExchanges.get(key(e.vhost, e.name));
    if (!have) {
      steps.declares.push(exchangeOp(e));
      continue;
    }
    const changes = exchangeChanges(e, have);
    if (changes.length === 0) continue;
    const resource = { type: 'exchange' as const, name: rabbitName(e.vhost, e.name) };
    const what = changes.map(([s, d, l]) => `${s} ${l} → ${d}`).join(', ');
    if (steps.allow.has(resourceKey(resource))) {
      steps.deletes.push({
        action: 'delete-exchange',
        resource,
        safety: 'destructive',
        why: `RabbitMQ fixes an exchange's ${changes.map(([s]) => s).join(', ')} at declare time (${what}): it is deleted, with every binding to and from it, and declared again.`,
        details: { vhost: e.vhost, name: e.name },
      });
      steps.declares.push(exchangeOp(e, `declared again as the design has it (${what}).`));
      steps.recreated.add(key(e.vhost, e.name));
    } else
      steps.blocked.push({
        resource,
        why: `RabbitMQ fixes an exchange's ${changes.map(([s]) => s).join(', ')} at declare time (${what}); changing it is a delete and declare that drops its bindings: pass --allow-delete ${resourceKey(resource)}.`,
      });
  }
}

/** New queues are declared; a changed one is deleted (with its messages) and declared again when allowed, else refused. */
function planQueues(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  const liveQueues = new Map(state.queues.map((q) => [key(q.vhost, q.name), q]));
  for (const q of desired.queues) {
    const have = liveQueues.get(key(q.vhost, q.name));
    if (!have) {
      steps.queues.push(queueOp(q));
      continue;
    }
    const changes = queueChanges(q, have);
    if (changes.length === 0) continue;
    const resource = { type: 'queue' as const, name: rabbitName(q.vhost, q.name) };
    const what = changes.map(([s, d, l]) => `${s} ${l || 'unset'} → ${d || 'unset'}`).join(', ');
    if (steps.allow.has(resourceKey(resource))) {
      steps.deletes.push({
        action: 'delete-queue',
        resource,
        safety: 'destructive',
        why: `RabbitMQ fixes a queue's type and arguments at declare time (${what}): it is deleted with every message in it, and declared again.`,
        details: { vhost: q.vhost, name: q.name },
      });
      steps.queues.push(queueOp(q, `declared again as the design has it (${what}).`));
      steps.recreated.add(key(q.vhost, q.name));
    } else
      steps.blocked.push({
        resource,
        why: `RabbitMQ fixes a queue's type and arguments at declare time (${what}); changing it is a delete and declare that loses its messages: pass --allow-delete ${resourceKey(resource)} (or set the value by a policy, where the broker allows it).`,
      });
  }
}

function planBindings(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  const liveBindings = new Set(state.bindings.map(bindingKey));
  for (const b of desired.bindings) {
    const rebind = steps.recreated.has(key(b.vhost, b.source)) || steps.recreated.has(key(b.vhost, b.destination));
    if (rebind || !liveBindings.has(bindingKey(b))) steps.binds.push(bindOp(b));
  }
}

/** Policies change in place. */
function planPolicies(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  const livePolicies = new Map(state.policies.map((p) => [key(p.vhost, p.name), p]));
  for (const p of desired.policies) {
    const have = livePolicies.get(key(p.vhost, p.name));
    if (!have) steps.policies.push(policyOp(p, false));
    else if (policyChanges(p, have).length > 0) steps.policies.push(policyOp(p, true));
  }
}

/** What is only in the cluster (and in scope): deleted only when named with --allow-delete, else refused. */
function planRemovals(desired: RabbitTopology, state: RabbitmqClusterState, steps: PlanSteps): void {
  const { allow, scope } = steps;
  const wantBindings = new Set(desired.bindings.map(bindingKey));
  const wantQueues = new Set(desired.queues.map((q) => key(q.vhost, q.name)));
  const wantExchanges = new Set(desired.exchanges.map((e) => key(e.vhost, e.name)));
  const wantPolicies = new Set(desired.policies.map((p) => key(p.vhost, p.name)));
  const extra = (resource: Operation['resource'], action: string, why: string, details: Record<string, unknown>) => {
    if (allow.has(resourceKey(resource))) steps.deletes.push({ action, resource, safety: 'destructive', why, details });
    else steps.blocked.push({ resource, why: `only in the cluster; not deleted without --allow-delete ${resourceKey(resource)}.` });
  };
  const goneQueues = new Set<string>();
  const goneExchanges = new Set<string>();
  for (const q of state.queues) {
    if (wantQueues.has(key(q.vhost, q.name)) || !inScope(q.name, scope)) continue;
    const resource = { type: 'queue' as const, name: rabbitName(q.vhost, q.name) };
    if (allow.has(resourceKey(resource))) goneQueues.add(key(q.vhost, q.name));
    extra(resource, 'delete-queue', 'the design has no such queue: deleting it loses every message in it.', { vhost: q.vhost, name: q.name });
  }
  for (const e of state.exchanges) {
    if (wantExchanges.has(key(e.vhost, e.name)) || !inScope(e.name, scope)) continue;
    const resource = { type: 'exchange' as const, name: rabbitName(e.vhost, e.name) };
    if (allow.has(resourceKey(resource))) goneExchanges.add(key(e.vhost, e.name));
    extra(resource, 'delete-exchange', 'the design has no such exchange: publishers to it get errors, and its bindings go with it.', { vhost: e.vhost, name: e.name });
  }
  for (const b of state.bindings) {
    if (wantBindings.has(bindingKey(b)) || !bindingInScope(b, scope)) continue;
    // A binding of a deleted queue or exchange goes with it.
    if (goneQueues.has(key(b.vhost, b.destination)) || goneExchanges.has(key(b.vhost, b.source)) || goneExchanges.has(key(b.vhost, b.destination))) continue;
    extra({ type: 'binding', name: bindingName(b) }, 'unbind', 'messages that matched only this binding no longer reach the destination.', {
      vhost: b.vhost,
      source: b.source,
      destination: b.destination,
      destination_type: b.destinationType,
      routing_key: b.routingKey,
      arguments: b.arguments,
    });
  }
  for (const p of state.policies) {
    if (wantPolicies.has(key(p.vhost, p.name)) || !inScope(p.name, scope)) continue;
    extra({ type: 'policy', name: rabbitName(p.vhost, p.name) }, 'delete-policy', 'its limits, dead-lettering and queue settings stop applying at once.', { vhost: p.vhost, name: p.name });
  }
}
