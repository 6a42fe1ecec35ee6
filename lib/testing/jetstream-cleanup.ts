import type { JetStreamManager } from 'nats';

/**
 * Deletes streams and waits until the server no longer has them. On a busy
 * machine a clustered JetStream API can time out on a delete that it then
 * carries out, or drop it: a test that swallowed the error would meet the
 * old stream in its next run ("stream name already in use with a different
 * configuration"). So each delete is retried until `info` says the stream is
 * gone, and a stream that stays is an error naming it.
 */
export async function deleteStreams(jsm: JetStreamManager, names: Iterable<string>): Promise<void> {
  for (const name of names) {
    for (let attempt = 0; ; attempt++) {
      await jsm.streams.delete(name).catch(() => undefined);
      const gone = await jsm.streams.info(name).then(
        () => false,
        (error: Error) => /not found/i.test(error.message),
      );
      if (gone) break;
      if (attempt === 20) throw new Error(`stream ${name} could not be deleted`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Adds a consumer to a stream just created. In a cluster the stream's group
 * elects its leader after `streams.add` returns, and a stream deleted and
 * created again under the same name can answer "stream not found" to a
 * consumer add for that moment: the add is retried while the server says so
 * (never when it refuses the configuration), for at most 15 seconds.
 */
export async function addConsumer(jsm: JetStreamManager, stream: string, config: Parameters<JetStreamManager['consumers']['add']>[1]) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await jsm.consumers.add(stream, structuredClone(config));
    } catch (error) {
      if (!/stream not found/i.test((error as Error).message) || attempt === 60) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
