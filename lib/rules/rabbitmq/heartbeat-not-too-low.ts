import { updateDesign } from '../../design';
import { defineRule } from '../rule';

export const heartbeatNotTooLow = defineRule({
  meta: {
    id: 'rabbitmq/heartbeat-not-too-low',
    category: 'operability',
    severity: 'warning',
    reads: [],
    summary: "A RabbitMQ cluster's heartbeat timeout should be at least 5 seconds, and heartbeats should stay on.",
    messages: {
      tooLow: 'Cluster "{cluster}" sets heartbeat = {heartbeat} s: under 5 seconds, congestion makes healthy connections look dead and they get closed.',
      disabled: 'Cluster "{cluster}" disables heartbeats (heartbeat = 0): dead connections, and the deliveries they hold, go unnoticed.',
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
