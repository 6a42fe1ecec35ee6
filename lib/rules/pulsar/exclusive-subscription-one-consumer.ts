import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { consumersOf } from './_topology';

export const exclusiveSubscriptionOneConsumer = defineRule({
  meta: {
    id: 'pulsar/exclusive-subscription-one-consumer',
    category: 'scalability',
    severity: 'error',
    reads: ['pulsar-subscription', 'consumer-group'],
    summary:
      'An Exclusive Pulsar subscription (the type a consumer gets when it names none) admits one consumer: every other instance that subscribes is refused with ConsumerBusy, so a group scaled out on it reads with one instance and the rest fail to start.',
    messages: {
      refused:
        'Subscription "{subscription}" is Exclusive{defaulted} but {consumers} consumer instances subscribe to it ({groups}): the broker admits the first and refuses every other with "Exclusive consumer is already connected", so only one instance ever reads.',
    },
  },
  check({ design, graph, source, report }) {
    for (const subscription of design.nodes) {
      if (subscription.kind !== 'pulsar-subscription' || subscription.subscriptionType !== 'Exclusive') continue;
      const groups = consumersOf(graph, subscription.id);
      const consumers = groups.reduce((sum, g) => sum + g.instances, 0);
      if (consumers <= 1) continue;
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'refused',
        data: {
          subscription: subscription.name,
          // The resolved design fills in Pulsar's default; the source says whether the user chose it.
          defaulted: source(subscription.id, 'subscriptionType')?.origin === 'design' ? '' : " (Pulsar's default: no type is set)",
          consumers,
          groups: groups.map((g) => `"${g.name}" × ${g.instances}`).join(', '),
        },
        // Failover keeps Exclusive's order (one active consumer per partition) and lets the other instances stand by.
        fix: { label: 'Make it a Failover subscription (one active consumer, the others on standby)', apply: (d) => updateNode(d, subscription.id, { subscriptionType: 'Failover' }) },
      });
    }
  },
});
