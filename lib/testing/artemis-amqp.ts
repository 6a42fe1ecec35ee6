import rhea, { type Connection, type EventContext } from 'rhea';
import type { ArtemisBroker } from './artemis-broker';

/**
 * A small AMQP 1.0 client (rhea) for the Artemis tests: send to an address, and read a queue
 * (`address::queue`, Artemis's fully qualified queue name) accepting every message or failing each
 * delivery (the `modified` outcome with delivery-failed, which Artemis counts as a delivery attempt, as a
 * JMS rollback is).
 */

export interface Received {
  body: string;
  /** How many times the broker delivered it before, as the AMQP header says. */
  deliveryCount: number;
}

export async function amqpConnect(broker: ArtemisBroker): Promise<Connection> {
  const container = rhea.create_container({ id: `qw-test-${process.pid}-${Date.now()}` });
  const connection = container.connect({ host: broker.host, port: broker.port, username: broker.user, password: broker.password, reconnect: false });
  await new Promise<void>((resolve, reject) => {
    connection.once('connection_open', () => resolve());
    connection.once('connection_error', (context: EventContext) => reject(new Error(`AMQP connection refused: ${String(context.connection.error)}`)));
    connection.once('disconnected', (context: EventContext) => reject(new Error(`AMQP connection failed: ${String(context.error)}`)));
  });
  return connection;
}

export function amqpClose(connection: Connection): Promise<void> {
  return new Promise((resolve) => {
    if (!connection.is_open()) return resolve();
    connection.once('connection_close', () => resolve());
    connection.once('disconnected', () => resolve());
    connection.close();
  });
}

/** Sends each body to `address` and waits until the broker has accepted them all; `groupOf` sets each message's group-id (JMSXGroupID). */
export async function amqpSend(connection: Connection, address: string, bodies: readonly string[], properties: Record<string, string> = {}, groupOf?: (body: string) => string): Promise<void> {
  const sender = connection.open_sender({ target: { address } });
  await new Promise<void>((resolve, reject) => {
    let settled = 0;
    sender.once('sendable', () => {
      for (const body of bodies) sender.send({ body, durable: true, application_properties: properties, ...(groupOf ? { group_id: groupOf(body) } : {}) });
    });
    sender.on('accepted', () => {
      settled++;
      if (settled === bodies.length) resolve();
    });
    sender.on('rejected', (context: EventContext) => reject(new Error(`The broker rejected a message to ${address}: ${JSON.stringify(context.delivery?.remote_state)}`)));
    sender.once('sender_error', (context: EventContext) => reject(new Error(`Cannot send to ${address}: ${String(context.sender?.error)}`)));
  });
  sender.close();
}

export interface ReadOptions {
  /** `accept` takes the messages; `fail` answers each delivery as failed, so the broker redelivers it. */
  outcome: 'accept' | 'fail';
  /** Stop when nothing arrived for this long (ms). */
  quietMs: number;
  /** Stop at once when this many deliveries arrived. */
  max?: number;
}

/** Every delivery from queue `queue` of `address` until it is quiet (or `max` arrived). */
export async function amqpRead(connection: Connection, address: string, queue: string, options: ReadOptions): Promise<Received[]> {
  const receiver = connection.open_receiver({ source: { address: `${address}::${queue}` }, autoaccept: false, credit_window: 10 });
  const received: Received[] = [];
  await new Promise<void>((resolve, reject) => {
    let quiet = setTimeout(resolve, options.quietMs * 4);
    receiver.once('receiver_open', () => {
      clearTimeout(quiet);
      quiet = setTimeout(resolve, options.quietMs);
    });
    receiver.on('message', (context: EventContext) => {
      received.push({ body: String(context.message?.body), deliveryCount: context.message?.delivery_count ?? 0 });
      if (options.outcome === 'accept') context.delivery?.accept();
      else context.delivery?.modified({ delivery_failed: true, undeliverable_here: false });
      clearTimeout(quiet);
      if (options.max !== undefined && received.length >= options.max) resolve();
      else quiet = setTimeout(resolve, options.quietMs);
    });
    receiver.once('receiver_error', (context: EventContext) => {
      clearTimeout(quiet);
      reject(new Error(`Cannot read ${address}::${queue}: ${String(context.receiver?.error)}`));
    });
  });
  receiver.close();
  return received;
}

/**
 * Attaches `consumers` receivers to queue `queue` of `address`, runs `send` once all are attached, accepts
 * everything, and returns the bodies each one got once nothing arrived for `quietMs`: how the broker spread
 * the messages over its consumers.
 */
export async function amqpReadByConsumer(connection: Connection, address: string, queue: string, consumers: number, quietMs: number, send: () => Promise<void>): Promise<string[][]> {
  const got: string[][] = Array.from({ length: consumers }, () => []);
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const restart = () => {
    clearTimeout(quiet);
    quiet = setTimeout(done, quietMs);
  };
  const receivers = got.map((bodies) => {
    const receiver = connection.open_receiver({ source: { address: `${address}::${queue}` }, autoaccept: false, credit_window: 1 });
    receiver.on('message', (context: EventContext) => {
      bodies.push(String(context.message?.body));
      context.delivery?.accept();
      restart();
    });
    return receiver;
  });
  await Promise.all(
    receivers.map(
      (receiver) =>
        new Promise<void>((resolve, reject) => {
          receiver.once('receiver_open', () => resolve());
          receiver.once('receiver_error', (context: EventContext) => reject(new Error(`Cannot read ${address}::${queue}: ${String(context.receiver?.error)}`)));
        }),
    ),
  );
  await send();
  restart();
  await finished;
  clearTimeout(quiet);
  for (const receiver of receivers) receiver.close();
  return got;
}
