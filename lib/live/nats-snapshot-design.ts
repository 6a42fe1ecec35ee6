import { natsJetstreamImporter } from '../importers/nats-jetstream';
import type { ImportResult } from '../importers/importer';

/**
 * A live JetStream account's streams and consumers, as the JetStream API lists
 * them (`$JS.API.STREAM.LIST`, `$JS.API.CONSUMER.LIST.<stream>`, e.g. through
 * the nats client's JetStream manager), → a design: read the way the NATS
 * JetStream file import reads the same documents, so a live import and a file
 * import agree.
 */

export interface LiveNatsSnapshot {
  /** Stream infos: each with the stream's `config`. */
  streams: ReadonlyArray<{ config: object }>;
  /** Consumer infos: each with `stream_name` and the consumer's `config`. */
  consumers: ReadonlyArray<{ stream_name: string; config: object }>;
}

export function natsSnapshotToDesign(snapshot: LiveNatsSnapshot): ImportResult {
  const files = [
    ...snapshot.streams.map((info, i) => ({ path: `stream-${i}.json`, text: JSON.stringify({ config: info.config }) })),
    ...snapshot.consumers.map((info, i) => ({ path: `consumer-${i}.json`, text: JSON.stringify({ stream_name: info.stream_name, config: info.config }) })),
  ];
  // One folder: one cluster.
  return natsJetstreamImporter.importFiles!(files);
}
