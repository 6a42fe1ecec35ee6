import { describe, expect, it } from 'vitest';
import { templateDesign } from '../templates';
import { artemisJmsOrders } from '../templates/artemis-jms-orders';
import { pubsubOrderEvents } from '../templates/pubsub-order-events';
import { simulate } from './simulate';

describe('kinds the simulation does not model', () => {
  it('says so for ActiveMQ Artemis, rather than reporting an idle system', () => {
    const { report } = simulate(templateDesign(artemisJmsOrders), 'steady', 1, { durationMs: 5_000 });
    expect(report.notModelled).toContain('ActiveMQ Artemis addresses and queues are not simulated yet: messages published to them are not counted');
  });

  it('says so for Google Pub/Sub', () => {
    const { report } = simulate(templateDesign(pubsubOrderEvents), 'steady', 1, { durationMs: 5_000 });
    expect(report.notModelled).toContain('Google Pub/Sub topics and subscriptions are not simulated yet: messages published to them are not counted');
  });
});
