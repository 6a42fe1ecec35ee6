import type { RuleDocs } from '../rule-docs';
import { NATS_SOURCES } from './_sources';

/** The docs and examples of `nats/msg-size-le-max-payload`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The server rejects any message larger than max_payload (default 1 MB, at most 64 MB; more than 8 MB is not recommended because large messages hold up everything else on the connection). A stream rejects messages over its own max_msg_size too, and a max_msg_size above max_payload can never be reached.',
  howToFix: 'Keep messages small: put large payloads in the Object Store (or external storage) and publish a reference; or raise max_payload on every server, with care.',
  sources: [NATS_SOURCES.config, NATS_SOURCES.streams],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'scanner', name: 'scanner', messageSizeBytes: 5_000_000 },
        { kind: 'nats-stream', id: 'scans', name: 'SCANS' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'scanner', to: 'scans' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'scanner', name: 'scanner', messageSizeBytes: 2_000 },
        { kind: 'nats-stream', id: 'scans', name: 'SCANS' },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'scanner', to: 'scans' }],
    },
  },
};
