import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { applyAllFixes, testRule } from '../rule-tester';
import { makeDesign } from '../../design/build-design';
import { dlxRoutable } from './dlx-routable';

const base = (
  dlxType: string,
  dlKey: string | undefined,
  bindKey: string | undefined,
  extra: { nodes?: Array<{ kind: string; id: string; [k: string]: unknown }>; connections?: Array<{ from: string; to: string; [k: string]: unknown }> } = {},
) => ({
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
    { kind: 'rabbitmq-queue', id: 'billing' },
    { kind: 'rabbitmq-exchange', id: 'dlx', type: dlxType },
    { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
    ...(extra.nodes ?? []),
  ],
  connections: [
    { from: 'api', to: 'orders', routingKey: 'order.created' },
    { from: 'orders', to: 'billing', routingKey: 'order.*' },
    { from: 'billing', to: 'dlx', kind: 'dead-letter' as const, ...(dlKey === undefined ? {} : { routingKey: dlKey }) },
    { from: 'dlx', to: 'dlq', ...(bindKey === undefined ? {} : { routingKey: bindKey }) },
    ...(extra.connections ?? []),
  ],
});

testRule(dlxRoutable, {
  valid: [
    { name: 'fanout DLX', design: base('fanout', undefined, undefined) },
    { name: 'topic DLX bound with #', design: base('topic', undefined, '#') },
    { name: 'original key matches a direct binding', design: base('direct', undefined, 'order.created') },
    { name: 'dead-letter routing key matches', design: base('direct', 'billing.dead', 'billing.dead') },
    {
      name: 'unmatched, but the DLX has an alternate exchange that catches it',
      design: base('direct', undefined, 'other', {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'ae', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'parking', role: 'dead-letter' },
        ],
        connections: [
          { from: 'dlx', to: 'ae', kind: 'alternate' },
          { from: 'ae', to: 'parking' },
        ],
      }),
    },
    {
      name: 'no producer known, the DLX has a binding',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'q', to: 'dlx' },
          { from: 'dlx', to: 'dlq', routingKey: 'x' },
        ],
      },
    },
    {
      name: 'default exchange via policy, routing key names the DLQ',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': '', 'dead-letter-routing-key': 'q.dlq' } },
          { kind: 'rabbitmq-queue', id: 'dlq', name: 'q.dlq' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'original key does not match the direct DLX binding',
      design: base('direct', undefined, 'billing'),
      findings: [{ target: 'billing', messageIncludes: 'routing key "order.created"' }],
      // The DLQ bound "billing" is corrected to, not joined by a second queue.
      output: { connections: { 'billing--dlx': { routingKey: 'billing' } }, design: { nodes: expect.not.arrayContaining([expect.objectContaining({ id: 'billing.dlq' })]) } },
    },
    {
      name: 'dead-letter routing key matches no topic binding',
      design: base('topic', 'dead.billing', 'dead.orders.*'),
      findings: [{ target: 'billing', messageIncludes: '"dead.billing"' }],
      output: { connections: { 'billing--dlx': { routingKey: 'dead.orders.billing' } } },
    },
    {
      name: 'a queue bound to the DLX without the dead-letter role is still the one corrected to',
      design: ((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'dlq' ? { kind: 'rabbitmq-queue', id: 'dlq' } : n)) }))(base('topic', 'dead.billing', 'dead.orders.*')),
      findings: [{ target: 'billing', messageIncludes: '"dead.billing"' }],
      output: { connections: { 'billing--dlx': { routingKey: 'dead.orders.billing' } } },
    },
    {
      name: 'a DLX bound only to another exchange gets a parking queue',
      design: ((d) => ({ ...d, nodes: [...d.nodes.filter((n) => n.id !== 'dlq'), { kind: 'rabbitmq-exchange', id: 'dlq', type: 'topic' }] }))(base('topic', 'dead.billing', 'dead.orders.*')),
      findings: [{ target: 'billing', messageIncludes: '"dead.billing"' }],
      output: { connections: { 'dlx--billing.dlq': { kind: 'bind', routingKey: '#' } } },
    },
    {
      name: 'DLX with no bindings and no known keys',
      design: {
        nodes: [
          { kind: 'rabbitmq-queue', id: 'q' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
        ],
        connections: [{ from: 'q', to: 'dlx' }],
      },
      findings: [{ target: 'q', messageIncludes: 'has no bindings' }],
    },
    {
      name: "default exchange via policy, no queue has the key's name",
      design: { nodes: [{ kind: 'rabbitmq-queue', id: 'q', policy: { 'dead-letter-exchange': '', 'dead-letter-routing-key': 'nowhere' } }] },
      findings: [{ target: 'q', messageIncludes: 'default exchange' }],
    },
  ],
});

describe('rabbitmq/dlx-routable fix', () => {
  it('corrects two queues to the one bound dead-letter queue: fixed twice, still one DLQ, every dead letter reaches it', () => {
    const design = makeDesign(
      base('direct', undefined, 'failed', {
        nodes: [{ kind: 'rabbitmq-queue', id: 'shipping' }],
        connections: [
          { from: 'orders', to: 'shipping', routingKey: 'order.created' },
          { from: 'shipping', to: 'dlx', kind: 'dead-letter' },
        ],
      }),
    );
    const findings = runRules(design, [dlxRoutable]);
    expect(findings.map((f) => f.fix?.label)).toEqual(['Dead-letter with routing key "failed", which reaches "dlq"', 'Dead-letter with routing key "failed", which reaches "dlq"']);
    const fixed = applyAllFixes(dlxRoutable, design);
    expect(fixed.nodes.map((n) => n.id)).toEqual(design.nodes.map((n) => n.id));
    expect(fixed.connections.filter((c) => c.kind === 'dead-letter').map((c) => c.routingKey)).toEqual(['failed', 'failed']);
    expect(runRules(fixed, [dlxRoutable])).toEqual([]);
  });
});
