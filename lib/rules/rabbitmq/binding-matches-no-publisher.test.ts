import { testRule } from '../rule-tester';
import type { TestDesignInput } from '../../design/build-design';
import { bindingMatchesNoPublisher } from './binding-matches-no-publisher';

/** order-service publishes `published` to a `type` exchange; `bindings` bind queues (or more) to it. */
function routed(type: string, published: string[] | undefined, bindings: Array<Record<string, unknown> & { to: string }>, extra: Partial<TestDesignInput> = {}): TestDesignInput {
  const queues = [...new Set(bindings.map((b) => b.to))].filter((id) => !(extra.nodes ?? []).some((n) => n.id === id));
  return {
    ...extra,
    nodes: [{ kind: 'producer', id: 'orders-api' }, { kind: 'rabbitmq-exchange', id: 'orders', type }, ...queues.map((id) => ({ kind: 'rabbitmq-queue', id })), ...(extra.nodes ?? [])],
    connections: [
      { from: 'orders-api', to: 'orders', ...(published ? { routingKeys: published } : {}) },
      ...bindings.map((b) => ({ from: 'orders', kind: 'bind' as const, ...b })),
      ...(extra.connections ?? []),
    ],
  };
}

const orderKeys = ['order.created', 'order.paid', 'order.cancelled'];

testRule(bindingMatchesNoPublisher, {
  valid: [
    {
      name: 'direct: every binding key is published',
      design: routed('direct', orderKeys, [
        { to: 'billing', routingKeys: ['order.created', 'order.paid'] },
        { to: 'refunds', routingKey: 'order.cancelled' },
      ]),
    },
    {
      name: 'topic: patterns that match',
      design: routed(
        'topic',
        ['eu.order.created', 'us.order.paid'],
        [
          { to: 'eu', routingKey: 'eu.#' },
          { to: 'paid', routingKey: '*.order.paid' },
        ],
      ),
    },
    { name: 'a fanout exchange ignores keys', design: routed('fanout', orderKeys, [{ to: 'audit', routingKey: 'whatever' }]) },
    {
      name: 'a headers exchange matches on headers',
      design: routed('headers', orderKeys, [{ to: 'pdf', routingKey: 'nothing', arguments: { format: 'pdf' } }]),
    },
    { name: 'a publisher without routing keys: what reaches the exchange is unknown', design: routed('direct', undefined, [{ to: 'refunds', routingKey: 'order.canceled' }]) },
    { name: 'a binding without a key is not judged', design: routed('direct', orderKeys, [{ to: 'refunds' }]) },
    {
      name: 'an exchange no publisher reaches is not judged',
      design: {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'x', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'q' },
        ],
        connections: [{ from: 'x', to: 'q', kind: 'bind', routingKey: 'a' }],
      },
    },
    { name: "a wildcard on a direct exchange is another rule's finding", design: routed('direct', orderKeys, [{ to: 'all', routingKey: 'order.*' }]) },
    { name: "a malformed topic pattern is another rule's finding", design: routed('topic', orderKeys, [{ to: 'all', routingKey: 'order*' }]) },
    {
      name: 'keys that arrive through an exchange-to-exchange binding',
      design: routed('topic', orderKeys, [{ to: 'eu-orders', routingKey: 'order.#' }], {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'eu-orders', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'paid' },
        ],
        connections: [{ from: 'eu-orders', to: 'paid', kind: 'bind', routingKey: 'order.paid' }],
      }),
    },
    {
      name: 'a key only dead letters bring (retry queues dead-lettering back with a routing key)',
      design: routed(
        'direct',
        ['email.send'],
        [
          { to: 'email', routingKey: 'email.send' },
          { to: 'retry', routingKey: 'email.send' },
          { to: 'retried', routingKey: 'email.retried' },
        ],
        {
          nodes: [{ kind: 'rabbitmq-queue', id: 'retry', arguments: { 'x-message-ttl': 1000 } }],
          connections: [{ from: 'retry', to: 'orders', kind: 'dead-letter', routingKey: 'email.retried' }],
        },
      ),
    },
    {
      name: 'an alternate exchange catches the unforeseen',
      design: routed('direct', orderKeys, [{ to: 'billing', routingKey: 'order.paid' }], {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'ae', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'parked' },
        ],
        connections: [
          { from: 'orders', to: 'ae', kind: 'alternate' },
          { from: 'ae', to: 'parked', kind: 'bind', routingKey: 'unexpected' },
        ],
      }),
    },
    {
      name: 'a dead-letter exchange that only dead letters reach (rabbitmq/dlx-routable judges it)',
      design: routed('direct', ['order.paid'], [{ to: 'billing', routingKey: 'order.paid' }], {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'dlq' },
        ],
        connections: [
          { from: 'billing', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'dlq', kind: 'bind', routingKey: 'dead' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the eval corpus typo: order.canceled for order.cancelled',
      design: routed('direct', orderKeys, [
        { to: 'billing', routingKey: 'order.paid' },
        { to: 'refunds', routingKey: 'order.canceled' },
      ]),
      findings: [
        {
          target: 'orders--refunds',
          messageIncludes:
            'The binding of "refunds" to "orders" with binding key "order.canceled" matches none of the routing keys that reach "orders" ("order.cancelled", "order.created", "order.paid"): "refunds" receives nothing through it (did you mean "order.cancelled" for "order.canceled"?)',
        },
      ],
      output: { connections: { 'orders--refunds': { routingKey: 'order.cancelled' } } },
    },
    {
      name: 'one dead key among several on one binding',
      design: routed('direct', orderKeys, [{ to: 'billing', routingKeys: ['order.created', 'order.payed'] }]),
      findings: [{ target: 'orders--billing', messageIncludes: 'binding key "order.payed"' }],
      output: { connections: { 'orders--billing': { routingKeys: ['order.created', 'order.paid'] } } },
    },
    {
      name: 'no rebinding to a near key another binding already routes (1s is not a typo of 10s)',
      design: routed(
        'direct',
        ['1s'],
        [
          { to: 'retry-1s', routingKey: '1s' },
          { to: 'retry-10s', routingKey: '10s' },
        ],
      ),
      findings: [{ target: 'orders--retry-10s', messageIncludes: 'receives nothing through it.' }],
    },
    {
      name: 'a topic pattern nothing matches, with no near spelling to offer',
      design: routed('topic', ['eu.order.created', 'us.order.paid'], [{ to: 'shipments', routingKey: '*.shipment.#' }]),
      findings: [{ target: 'orders--shipments', messageIncludes: 'binding key "*.shipment.#" matches none' }],
    },
    {
      name: 'a binding on an exchange bound to another',
      design: routed('topic', orderKeys, [{ to: 'eu-orders', routingKey: 'order.#' }], {
        nodes: [
          { kind: 'rabbitmq-exchange', id: 'eu-orders', type: 'direct' },
          { kind: 'rabbitmq-queue', id: 'refunds' },
        ],
        connections: [{ from: 'eu-orders', to: 'refunds', kind: 'bind', routingKey: 'order.refunded' }],
      }),
      findings: [{ target: 'eu-orders--refunds', messageIncludes: 'with binding key "order.refunded"' }],
    },
  ],
});
