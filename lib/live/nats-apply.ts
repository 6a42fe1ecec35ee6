import type { JetStreamManager } from 'nats';
import type { Operation, Plan } from './drift';
import type { ApplyResult } from './kafka-apply';

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

export async function applyNatsPlan(jsm: JetStreamManager, plan: Plan): Promise<ApplyResult> {
  const done: Operation[] = [];
  for (const [i, op] of plan.operations.entries()) {
    try {
      await run(jsm, op);
      done.push(op);
    } catch (error) {
      const e = error as { message?: string; api_error?: { description?: string } };
      return { done, failed: { operation: op, error: String(e.api_error?.description ?? e.message ?? error).slice(0, 500) }, notDone: plan.operations.slice(i + 1) };
    }
  }
  return { done, notDone: [] };
}
