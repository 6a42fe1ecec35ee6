'use client';

import { useState, type ReactNode } from 'react';
import { Button } from '../ui/button';

/**
 * The connection settings of a live cluster, as "From cluster…" and "Compare
 * with cluster…" both ask for them: a Kafka cluster (bootstrap servers, SASL,
 * TLS), a RabbitMQ (management or AMQP URL), a NATS server (client URL) or
 * SQS/SNS (region, endpoint, access key). `request()` gives the body the
 * server's live routes read (lib/live/import-live.ts's request schema). The
 * password lives in this state only; the dialog clears it.
 */

export type ClusterSource = 'kafka' | 'rabbitmq' | 'nats' | 'sqs-sns';

const SOURCE_LABEL: Record<ClusterSource, string> = { kafka: 'Kafka', rabbitmq: 'RabbitMQ', nats: 'NATS', 'sqs-sns': 'SQS/SNS' };
type Mechanism = 'none' | 'plain' | 'scram-sha-256' | 'scram-sha-512';

const field = 'h-8 w-full rounded-md border border-[var(--border)] bg-[var(--panel-2)] px-2 text-[13px]';

function Row({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="block text-[12px]">
      <span className="mb-1 block font-semibold">{label}</span>
      {children}
      {hint && <span className="mt-0.5 block text-[11.5px] text-[var(--muted)]">{hint}</span>}
    </label>
  );
}

export interface ClusterConnectionForm {
  /** The source radios and the fields of the chosen source; test ids start with `testIdPrefix`. */
  fields: ReactNode;
  /** The connection as the server's live routes take it. */
  request(): Record<string, unknown>;
  clearPassword(): void;
}

interface Values {
  source: ClusterSource;
  bootstrap: string;
  mechanism: Mechanism;
  tls: boolean;
  verifyTls: boolean;
  url: string;
  vhost: string;
  region: string;
  endpoint: string;
  username: string;
  password: string;
}

type Set = <K extends keyof Values>(key: K, value: Values[K]) => void;

/** For SQS/SNS the user and password fields hold the access key id and the secret access key. */
function requestOf(v: Values): Record<string, unknown> {
  if (v.source === 'kafka')
    return {
      from: 'kafka',
      bootstrap: v.bootstrap,
      ...(v.mechanism !== 'none' ? { sasl: { mechanism: v.mechanism, username: v.username, password: v.password } } : {}),
      ...(v.tls ? { tls: { rejectUnauthorized: v.verifyTls } } : {}),
    };
  if (v.source === 'rabbitmq')
    return { from: 'rabbitmq', url: v.url, ...(v.username ? { username: v.username } : {}), ...(v.password ? { password: v.password } : {}), ...(v.vhost ? { vhost: v.vhost } : {}) };
  if (v.source === 'nats') return { from: 'nats', url: v.url, ...(v.username ? { username: v.username } : {}), ...(v.password ? { password: v.password } : {}) };
  return { from: 'sqs-sns', region: v.region, ...(v.endpoint ? { endpoint: v.endpoint } : {}), credentials: { accessKeyId: v.username, secretAccessKey: v.password } };
}

function KafkaFields({ v, set, id }: { v: Values; set: Set; id(name: string): string }) {
  return (
    <>
      <Row label="Bootstrap servers" hint="host:port, comma-separated">
        <input className={field} data-testid={id('bootstrap')} required value={v.bootstrap} placeholder="broker-1:9092,broker-2:9092" onChange={(e) => set('bootstrap', e.target.value)} />
      </Row>
      <Row label="Authentication">
        <select className={field} data-testid={id('sasl')} value={v.mechanism} onChange={(e) => set('mechanism', e.target.value as Mechanism)}>
          <option value="none">None</option>
          <option value="plain">SASL/PLAIN</option>
          <option value="scram-sha-256">SASL/SCRAM-SHA-256</option>
          <option value="scram-sha-512">SASL/SCRAM-SHA-512</option>
        </select>
      </Row>
      <div className="flex gap-4 text-[12px]">
        <label className="flex items-center gap-1.5">
          <input type="checkbox" data-testid={id('tls')} checked={v.tls} onChange={(e) => set('tls', e.target.checked)} /> TLS
        </label>
        {v.tls && (
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={v.verifyTls} onChange={(e) => set('verifyTls', e.target.checked)} /> Verify the certificate
          </label>
        )}
      </div>
    </>
  );
}

function SourceFields({ v, set, id }: { v: Values; set: Set; id(name: string): string }) {
  if (v.source === 'kafka') return <KafkaFields v={v} set={set} id={id} />;
  if (v.source === 'nats') {
    return (
      <Row label="NATS URL" hint="A client URL, nats://host:4222; the user and password below are needed only when the server asks for them">
        <input className={field} data-testid={id('url')} required value={v.url} placeholder="nats://nats.internal:4222" onChange={(e) => set('url', e.target.value)} />
      </Row>
    );
  }
  if (v.source === 'sqs-sns') {
    return (
      <>
        <Row label="Region">
          <input className={field} data-testid={id('region')} required value={v.region} placeholder="eu-west-1" onChange={(e) => set('region', e.target.value)} />
        </Row>
        <Row label="Endpoint" hint="Empty: AWS's own endpoints for the region; for an emulator (LocalStack, moto), http://host:port">
          <input className={field} data-testid={id('endpoint')} value={v.endpoint} placeholder="http://localhost:4566" onChange={(e) => set('endpoint', e.target.value)} />
        </Row>
      </>
    );
  }
  return (
    <>
      <Row label="Management or AMQP URL" hint="http://host:15672 (the management API); an amqp:// URL uses port 15672 on the same host">
        <input className={field} data-testid={id('url')} required value={v.url} placeholder="http://rabbitmq.internal:15672" onChange={(e) => set('url', e.target.value)} />
      </Row>
      <Row label="Virtual host" hint="Empty: every virtual host the user may see">
        <input className={field} data-testid={id('vhost')} value={v.vhost} onChange={(e) => set('vhost', e.target.value)} />
      </Row>
    </>
  );
}

export function useClusterConnectionForm(
  testIdPrefix: string,
  sources: readonly ClusterSource[] = ['kafka', 'rabbitmq', 'nats', 'sqs-sns'],
  initial: ClusterSource = sources[0],
): ClusterConnectionForm {
  const [v, setValues] = useState<Values>({ source: initial, bootstrap: '', mechanism: 'none', tls: false, verifyTls: true, url: '', vhost: '', region: '', endpoint: '', username: '', password: '' });
  const set: Set = (key, value) => setValues((old) => ({ ...old, [key]: value }));
  const id = (name: string) => `${testIdPrefix}.${name}`;
  const fields = (
    <>
      {sources.length > 1 && (
        <div role="radiogroup" aria-label="Broker" className="flex gap-2">
          {sources.map((s) => (
            <Button key={s} role="radio" aria-checked={v.source === s} variant={v.source === s ? 'primary' : 'quiet'} data-testid={id(`source.${s}`)} onClick={() => set('source', s)}>
              {SOURCE_LABEL[s]}
            </Button>
          ))}
        </div>
      )}
      <SourceFields v={v} set={set} id={id} />
      {(v.source !== 'kafka' || v.mechanism !== 'none') && (
        <div className="grid grid-cols-2 gap-2">
          <Row label={v.source === 'sqs-sns' ? 'Access key ID' : 'User'}>
            <input
              className={field}
              data-testid={id('username')}
              autoComplete="off"
              required={v.source === 'kafka' || v.source === 'sqs-sns'}
              value={v.username}
              onChange={(e) => set('username', e.target.value)}
            />
          </Row>
          <Row label={v.source === 'sqs-sns' ? 'Secret access key' : 'Password'}>
            <input
              className={field}
              type="password"
              data-testid={id('password')}
              autoComplete="new-password"
              required={v.source === 'kafka' || v.source === 'sqs-sns'}
              value={v.password}
              onChange={(e) => set('password', e.target.value)}
            />
          </Row>
        </div>
      )}
    </>
  );
  return { fields, request: () => requestOf(v), clearPassword: () => set('password', '') };
}
