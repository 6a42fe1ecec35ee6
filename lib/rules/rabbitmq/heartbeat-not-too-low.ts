import { updateDesign } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const heartbeatNotTooLow = defineRule({
  meta: {
    id: 'rabbitmq/heartbeat-not-too-low',
    category: 'operability',
    severity: 'warning',
    docs: {
      summary: 'A RabbitMQ cluster\'s heartbeat timeout should be at least 5 seconds, and heartbeats should stay on.',
      rationale:
        'Heartbeats detect dead TCP connections. Values under 5 seconds are likely to cause false positives: a busy network or a long garbage collection makes a healthy connection look dead, and it is closed. Disabling heartbeats (0) leaves dead connections, and the messages their consumers hold, undetected for as long as the operating system takes to notice. The server default is 60 seconds.',
      howToFix: 'Keep heartbeat between 5 and 60 seconds (the default, 60, suits most systems).',
      sources: [RMQ_SOURCES.heartbeats, RMQ_SOURCES.productionChecklist],
    },
    messages: {
      tooLow: 'Cluster "{cluster}" sets heartbeat = {heartbeat} s: under 5 seconds, congestion makes healthy connections look dead and they get closed.',
      disabled: 'Cluster "{cluster}" disables heartbeats (heartbeat = 0): dead connections, and the deliveries they hold, go unnoticed.',
    },
    examples: {
      failing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', config: { heartbeat: 2 } }], nodes: [] }),
      passing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', config: { heartbeat: 60 } }], nodes: [] }),
    },
  },
  check({ design, report }) {
    for (const cluster of design.clusters) {
      if (cluster.broker !== 'rabbitmq' || !Object.hasOwn(cluster.config, 'heartbeat')) continue;
      const heartbeat = Number(cluster.config['heartbeat']);
      if (!Number.isFinite(heartbeat) || heartbeat >= 5) continue;
      report({
        target: { type: 'design' },
        messageId: heartbeat <= 0 ? 'disabled' : 'tooLow',
        data: { cluster: cluster.name, heartbeat },
        fix: {
          label: 'Set heartbeat to 60 s',
          apply: (d) => updateDesign(d, { clusters: d.clusters.map((c) => (c.id === cluster.id ? { ...c, config: { ...c.config, heartbeat: 60 } } : c)) }),
        },
      });
    }
  },
});
