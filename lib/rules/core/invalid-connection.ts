import { connectionProblem, removeElements } from '../../design';
import { defineRule } from '../rule';
import { CORE_SOURCES } from './_sources';

export const invalidConnection = defineRule({
  meta: {
    id: 'core/invalid-connection',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'A connection must be of a kind its two nodes allow, must not loop on one node, and must not repeat another.',
      rationale:
        'Each broker allows only some links: a producer publishes to a channel, a channel delivers to a consumer, an exchange binds to a queue, an SNS topic subscribes an SQS queue. A connection the pair does not allow (a queue "publishing" to a topic, a node connected to itself, the same link twice) cannot be created on the broker, so exporters would write a definition the broker rejects, and the review would follow a flow that cannot exist.',
      howToFix: 'Remove the connection and draw the link the brokers support (the canvas only offers valid kinds).',
      sources: [
        { label: 'RabbitMQ: exchanges and bindings', url: 'https://www.rabbitmq.com/docs/exchanges' },
        { label: 'Amazon SNS: subscribing an SQS queue', url: 'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html' },
        CORE_SOURCES.asyncapiRuleset,
      ],
    },
    messages: {
      invalid: 'Connection "{connection}" is not possible: {problem}.',
      selfLoop: 'Connection "{connection}" connects "{node}" to itself, which no broker supports.',
      duplicate: 'Connection "{connection}" repeats connection "{original}" ({kind} from "{from}" to "{to}").',
    },
    examples: {
      failing: {
        queuewright: 1,
        nodes: [
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'kafka-topic', id: 'payments', name: 'payments' },
        ],
        connections: [{ id: 'x', kind: 'publish', from: 'orders', to: 'payments' }],
      },
      passing: {
        queuewright: 1,
        nodes: [
          { kind: 'kafka-topic', id: 'orders', name: 'orders' },
          { kind: 'consumer-group', id: 'payments', name: 'payments' },
        ],
        connections: [{ id: 'x', kind: 'consume', from: 'orders', to: 'payments' }],
      },
    },
  },
  check({ design, graph, report }) {
    const seen = new Map<string, string>();
    for (const connection of design.connections) {
      const from = graph.nodeById.get(connection.from);
      const to = graph.nodeById.get(connection.to);
      // Missing ends are core/dangling-connection's.
      if (!from || !to) continue;
      const fix = { label: 'Remove the connection', apply: (d: typeof design) => removeElements(d, { connections: [connection.id] }) };
      const target = { type: 'connection' as const, id: connection.id };
      if (from.id === to.id) {
        report({ target, messageId: 'selfLoop', data: { connection: connection.id, node: from.name }, fix });
        continue;
      }
      const problem = connectionProblem(design, connection);
      if (problem) {
        // The problem text starts with `connection "<id>": `; the message names the connection already.
        report({ target, messageId: 'invalid', data: { connection: connection.id, problem: problem.replace(/^connection "[^"]*": /, '').replace(/\.$/, '') }, fix });
        continue;
      }
      // Several bindings between one exchange and one queue are normal (one per routing key).
      const key = connection.kind === 'bind' ? undefined : `${connection.kind}\u0000${connection.from}\u0000${connection.to}`;
      if (key === undefined) continue;
      const original = seen.get(key);
      if (original === undefined) {
        seen.set(key, connection.id);
        continue;
      }
      report({ target, messageId: 'duplicate', data: { connection: connection.id, original, kind: connection.kind, from: from.name, to: to.name }, fix });
    }
  },
});
