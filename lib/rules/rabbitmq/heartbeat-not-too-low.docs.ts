import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/heartbeat-not-too-low`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Heartbeats detect dead TCP connections. Values under 5 seconds are likely to cause false positives: a busy network or a long garbage collection makes a healthy connection look dead, and it is closed. Disabling heartbeats (0) leaves dead connections, and the messages their consumers hold, undetected for as long as the operating system takes to notice. The server default is 60 seconds.',
  howToFix: 'Keep heartbeat between 5 and 60 seconds (the default, 60, suits most systems).',
  sources: [RMQ_SOURCES.heartbeats, RMQ_SOURCES.productionChecklist],
  examples: {
    failing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', config: { heartbeat: 2 } }], nodes: [] }),
    passing: exampleDesign({ clusters: [{ id: 'rabbit', broker: 'rabbitmq', config: { heartbeat: 60 } }], nodes: [] }),
  },
};
