import http from 'node:http';
import https from 'node:https';
import type { ConnectionGuard } from './connection-guard';
import { applyInOrder, type ApplyResult, type Operation, type Plan } from './drift';
import type { ManagementTarget } from './rabbitmq-connection';

/**
 * Runs a RabbitMQ plan through the management HTTP API (PUT to declare, POST
 * to bind, DELETE to remove), one request at a time, stopping at the first
 * refusal with what was done and what was not. Requests go through the
 * ConnectionGuard like the reader's, so the same allow-list and socket
 * bookkeeping hold.
 */

const seg = (text: string) => encodeURIComponent(text);

interface Answer {
  status: number;
  body: string;
}

/** One management API request with a JSON body. */
export function managementRequest(target: ManagementTarget, guard: ConnectionGuard, method: string, path: string, body?: unknown): Promise<Answer> {
  const url = new URL(`api/${path}`, target.base);
  const client = url.protocol === 'https:' ? https : http;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const auth = `Basic ${Buffer.from(`${target.username}:${target.password}`, 'utf8').toString('base64')}`;
  return new Promise<Answer>((resolve, reject) => {
    const request = client.request(
      url,
      {
        ...guard.requestOptions(host, port),
        method,
        headers: { authorization: auth, accept: 'application/json', ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 2000) }));
        response.on('error', reject);
      },
    );
    request.on('socket', (socket) => guard.track(socket));
    request.on('error', reject);
    request.end(payload);
  });
}

function refusal(answer: Answer): string {
  try {
    const parsed = JSON.parse(answer.body) as { reason?: unknown; error?: unknown };
    return `${answer.status}: ${String(parsed.reason ?? parsed.error ?? answer.body)}`;
  } catch {
    return `${answer.status}: ${answer.body}`;
  }
}

async function run(target: ManagementTarget, guard: ConnectionGuard, op: Operation): Promise<void> {
  const d = op.details as Record<string, unknown> & { vhost: string; name: string };
  const send = async (method: string, path: string, body?: unknown) => {
    const answer = await managementRequest(target, guard, method, path, body);
    if (answer.status < 200 || answer.status > 299) throw new Error(refusal(answer));
    return answer;
  };
  switch (op.action) {
    case 'create-vhost':
      return void (await send('PUT', `vhosts/${seg(d.vhost)}`, {}));
    case 'declare-exchange':
      return void (await send('PUT', `exchanges/${seg(d.vhost)}/${seg(d.name)}`, { type: d.type, durable: d.durable, auto_delete: d.auto_delete, internal: d.internal, arguments: d.arguments }));
    case 'delete-exchange':
      return void (await send('DELETE', `exchanges/${seg(d.vhost)}/${seg(d.name)}`));
    case 'declare-queue':
      return void (await send('PUT', `queues/${seg(d.vhost)}/${seg(d.name)}`, { durable: d.durable, auto_delete: d.auto_delete, arguments: d.arguments }));
    case 'delete-queue':
      return void (await send('DELETE', `queues/${seg(d.vhost)}/${seg(d.name)}`));
    case 'bind': {
      const kind = d.destination_type === 'exchange' ? 'e' : 'q';
      return void (await send('POST', `bindings/${seg(d.vhost)}/e/${seg(String(d.source))}/${kind}/${seg(String(d.destination))}`, { routing_key: d.routing_key, arguments: d.arguments }));
    }
    case 'unbind': {
      // A binding is deleted by its properties key, which only the broker's own listing gives.
      const kind = d.destination_type === 'exchange' ? 'e' : 'q';
      const path = `bindings/${seg(d.vhost)}/e/${seg(String(d.source))}/${kind}/${seg(String(d.destination))}`;
      const listed = JSON.parse((await send('GET', path)).body) as Array<{ routing_key: string; arguments: Record<string, unknown>; properties_key: string }>;
      const match = listed.find((b) => b.routing_key === d.routing_key && JSON.stringify(b.arguments ?? {}) === JSON.stringify(d.arguments ?? {}));
      if (!match) return;
      return void (await send('DELETE', `${path}/${seg(match.properties_key)}`));
    }
    case 'set-policy':
      return void (await send('PUT', `policies/${seg(d.vhost)}/${seg(d.name)}`, { pattern: d.pattern, definition: d.definition, priority: d.priority, 'apply-to': d['apply-to'] }));
    case 'delete-policy':
      return void (await send('DELETE', `policies/${seg(d.vhost)}/${seg(d.name)}`));
    default:
      throw new Error(`unknown operation ${op.action}`);
  }
}

export async function applyRabbitmqPlan(target: ManagementTarget, guard: ConnectionGuard, plan: Plan): Promise<ApplyResult> {
  return applyInOrder(
    plan,
    (op) => run(target, guard, op),
    (error) => (error as Error).message,
  );
}
