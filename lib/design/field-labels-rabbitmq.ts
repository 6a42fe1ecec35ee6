import type { KindFieldLabels, Labels } from './field-label-types';

type RabbitmqKind = 'rabbitmq-exchange' | 'rabbitmq-queue';
type RabbitmqLabels = KindFieldLabels<RabbitmqKind>;

/** The inspector's words for the RabbitMQ kinds' fields (field-labels.ts joins every family's table and passes its shared labels in). */
export function rabbitmqFieldLabels(shared: Labels): RabbitmqLabels {
  return {
    'rabbitmq-exchange': {
      vhost: 'Virtual host',
      type: 'Exchange type',
      durable: 'Durable',
      autoDelete: 'Auto-delete',
      internal: 'Internal',
      external: 'Declared elsewhere',
      messageSchema: shared.messageSchema,
    },
    'rabbitmq-queue': {
      vhost: 'Virtual host',
      type: 'Queue type',
      durable: 'Durable',
      exclusive: 'Exclusive',
      autoDelete: 'Auto-delete',
      arguments: 'Queue arguments',
      policy: 'Policy keys',
      role: shared.role,
      messageSchema: shared.messageSchema,
      depthAlert: shared.depthAlert,
      depthAlertMessages: shared.depthAlertMessages,
    },
  };
}
