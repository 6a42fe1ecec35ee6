import type { Arguments, BindingDef, ExchangeDef, PolicyDef, QueueDef, RabbitTopology } from '../exporters/rabbitmq-topology';
import type { Difference } from './drift';
import { inScope, type AuditScope } from './kafka-drift';
import type { LiveBinding, LiveExchange, LivePolicy, LiveQueue, RabbitmqClusterState } from './rabbitmq-cluster-state';
import { bindingName, rabbitName } from './rabbitmq-desired';

/**
 * The differences between a design's RabbitMQ topology and a live broker:
 * exchanges (type, flags, arguments), queues (type when the design sets it,
 * flags, arguments), bindings and policies. Everything a declare sets is
 * compared, since RabbitMQ fixes it at declare time; a queue's type is
 * compared only when the design sets it (unset, the broker's default type is
 * the design's too).
 */

/** Arguments as one comparable text: keys sorted, values as text (the API gives 1000, a design may write "1000"). */
export function argumentsText(args: Record<string, unknown>, leaveOut: readonly string[] = []): string {
  return JSON.stringify(
    Object.keys(args)
      .filter((k) => !leaveOut.includes(k))
      .sort()
      .map((k) => [k, typeof args[k] === 'object' ? JSON.stringify(args[k]) : String(args[k])]),
  );
}

export const key = (vhost: string, name: string) => `${vhost}\u0000${name}`;
export const bindingKey = (b: Pick<BindingDef | LiveBinding, 'vhost' | 'source' | 'destination' | 'destinationType' | 'routingKey' | 'arguments'>) =>
  [b.vhost, b.source, b.destinationType, b.destination, b.routingKey, argumentsText(b.arguments)].join('\u0000');

/** The settings of an exchange that differ, as [setting, design, live]. */
export function exchangeChanges(want: ExchangeDef, have: LiveExchange): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  if (want.type !== have.type) out.push(['type', want.type, have.type]);
  if (want.durable !== have.durable) out.push(['durable', String(want.durable), String(have.durable)]);
  if (want.autoDelete !== have.autoDelete) out.push(['auto-delete', String(want.autoDelete), String(have.autoDelete)]);
  if (want.internal !== have.internal) out.push(['internal', String(want.internal), String(have.internal)]);
  if (argumentsText(want.arguments) !== argumentsText(have.arguments)) out.push(['arguments', argumentsText(want.arguments), argumentsText(have.arguments)]);
  return out;
}

function argumentChanges(want: Arguments, have: Arguments): Array<[string, string, string]> {
  const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((k) => k !== 'x-queue-type').sort();
  return keys
    .filter((k) => (want[k] === undefined ? undefined : String(want[k])) !== (have[k] === undefined ? undefined : String(have[k])))
    .map((k) => [`arguments.${k}`, want[k] === undefined ? '' : String(want[k]), have[k] === undefined ? '' : String(have[k])]);
}

export function queueChanges(want: QueueDef, have: LiveQueue): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const type = want.arguments['x-queue-type'];
  if (type !== undefined && String(type) !== have.type) out.push(['type', String(type), have.type]);
  if (want.durable !== have.durable) out.push(['durable', String(want.durable), String(have.durable)]);
  if (want.autoDelete !== have.autoDelete) out.push(['auto-delete', String(want.autoDelete), String(have.autoDelete)]);
  out.push(...argumentChanges(want.arguments, have.arguments));
  return out;
}

export function policyChanges(want: PolicyDef, have: LivePolicy): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  if (want.pattern !== have.pattern) out.push(['pattern', want.pattern, have.pattern]);
  if (want.applyTo !== have.applyTo) out.push(['apply-to', want.applyTo, have.applyTo]);
  if (want.priority !== have.priority) out.push(['priority', String(want.priority), String(have.priority)]);
  if (argumentsText(want.definition) !== argumentsText(have.definition)) out.push(['definition', argumentsText(want.definition), argumentsText(have.definition)]);
  return out;
}

export function bindingInScope(b: { source: string; destination: string }, scope: AuditScope): boolean {
  return inScope(b.source, scope) || inScope(b.destination, scope);
}

const differs = (type: Difference['resource']['type'], name: string, changes: Array<[string, string, string]>, source: string): Difference[] =>
  changes.map(([setting, design, live]) => ({ kind: 'differs', resource: { type, name }, setting, design, live, source }));

export function rabbitmqDrift(desired: RabbitTopology, state: RabbitmqClusterState, scope: AuditScope = {}): Difference[] {
  const out: Difference[] = [];
  const exchanges = new Map(state.exchanges.map((e) => [key(e.vhost, e.name), e]));
  const queues = new Map(state.queues.map((q) => [key(q.vhost, q.name), q]));
  const policies = new Map(state.policies.map((p) => [key(p.vhost, p.name), p]));
  const bindings = new Set(state.bindings.map(bindingKey));
  for (const e of desired.exchanges) {
    const have = exchanges.get(key(e.vhost, e.name));
    if (!have) out.push({ kind: 'only-in-design', resource: { type: 'exchange', name: rabbitName(e.vhost, e.name) } });
    else out.push(...differs('exchange', rabbitName(e.vhost, e.name), exchangeChanges(e, have), 'declared on the exchange'));
  }
  for (const q of desired.queues) {
    const have = queues.get(key(q.vhost, q.name));
    if (!have) out.push({ kind: 'only-in-design', resource: { type: 'queue', name: rabbitName(q.vhost, q.name) } });
    else out.push(...differs('queue', rabbitName(q.vhost, q.name), queueChanges(q, have), 'declared on the queue'));
  }
  for (const b of desired.bindings) if (!bindings.has(bindingKey(b))) out.push({ kind: 'only-in-design', resource: { type: 'binding', name: bindingName(b) } });
  for (const p of desired.policies) {
    const have = policies.get(key(p.vhost, p.name));
    if (!have) out.push({ kind: 'only-in-design', resource: { type: 'policy', name: rabbitName(p.vhost, p.name) } });
    else out.push(...differs('policy', rabbitName(p.vhost, p.name), policyChanges(p, have), 'the policy'));
  }
  const wantExchanges = new Set(desired.exchanges.map((e) => key(e.vhost, e.name)));
  const wantQueues = new Set(desired.queues.map((q) => key(q.vhost, q.name)));
  const wantBindings = new Set(desired.bindings.map(bindingKey));
  const wantPolicies = new Set(desired.policies.map((p) => key(p.vhost, p.name)));
  for (const e of state.exchanges)
    if (!wantExchanges.has(key(e.vhost, e.name)) && inScope(e.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'exchange', name: rabbitName(e.vhost, e.name) }, live: `${e.type}${e.durable ? ', durable' : ''}` });
  for (const q of state.queues)
    if (!wantQueues.has(key(q.vhost, q.name)) && inScope(q.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'queue', name: rabbitName(q.vhost, q.name) }, live: `${q.type}${q.durable ? ', durable' : ''}` });
  for (const b of state.bindings) if (!wantBindings.has(bindingKey(b)) && bindingInScope(b, scope)) out.push({ kind: 'only-in-cluster', resource: { type: 'binding', name: bindingName(b) } });
  for (const p of state.policies)
    if (!wantPolicies.has(key(p.vhost, p.name)) && inScope(p.name, scope))
      out.push({ kind: 'only-in-cluster', resource: { type: 'policy', name: rabbitName(p.vhost, p.name) }, live: `pattern ${p.pattern}` });
  return out;
}
