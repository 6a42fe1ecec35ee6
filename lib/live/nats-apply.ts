import type { JetStreamManager } from 'nats';
import { applyInOrder, type ApplyResult, type Operation, type Plan } from './drift';

/**
 * Runs a JetStream plan through the JetStream API ($JS.API.STREAM.CREATE,
 * .UPDATE, .DELETE and $JS.API.CONSUMER.DURABLE.CREATE, .DELETE), one request
 * at a time, stopping at the first refusal with what was done and what was
 * not. The connection is the reader's kind (nats-reader.ts connectNats:
 * guarded, one server, no reconnects).
 */

type StreamConfigArg = Parameters<JetStreamManager['streams']['add']>[0];
type ConsumerConfigArg = Parameters<JetStreamManager['consumers']['add']>[1];

async function run(jsm: JetStreamManager, op: Operation): Promise<void> {
  const d = op.details as { config?: Record<string, unknown>; stream?: string; name?: string };
  switch (op.action) {
    case 'create-stream':
      return void (await jsm.streams.add(d.config as StreamConfigArg));
    case 'update-stream':
      return void (await jsm.streams.update(String(d.config!.name), d.config as StreamConfigArg));
    case 'delete-stream':
      return void (await jsm.streams.delete(String(d.name)));
    // The API creates a durable consumer and, with the same name, updates it.
    case 'create-consumer':
    case 'update-consumer':
      return void (await jsm.consumers.add(String(d.stream), d.config as ConsumerConfigArg));
    case 'delete-consumer':
      return void (await jsm.consumers.delete(String(d.stream), String(d.name)));
    default:
      throw new Error(`unknown operation ${op.action}`);
  }
}

/** The server's own description of a refusal (its api_error), else the client's message. */
function natsApiError(error: unknown): string {
  const e = error as { message?: string; api_error?: { description?: string } };
  return String(e.api_error?.description ?? e.message ?? error).slice(0, 500);
}

export async function applyNatsPlan(jsm: JetStreamManager, plan: Plan): Promise<ApplyResult> {
  return applyInOrder(plan, (op) => run(jsm, op), natsApiError);
}
