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
