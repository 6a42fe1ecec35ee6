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

export function useClusterConnectionForm(testIdPrefix: string, sources: readonly ClusterSource[] = ['kafka', 'rabbitmq', 'nats', 'sqs-sns']): ClusterConnectionForm {
  const [source, setSource] = useState<ClusterSource>(sources[0]);
  const [bootstrap, setBootstrap] = useState('');
  const [mechanism, setMechanism] = useState<Mechanism>('none');
  const [tls, setTls] = useState(false);
  const [verifyTls, setVerifyTls] = useState(true);
  const [url, setUrl] = useState('');
  const [vhost, setVhost] = useState('');
  const [region, setRegion] = useState('');
  const [endpoint, setEndpoint] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const id = (name: string) => `${testIdPrefix}.${name}`;

  // For SQS/SNS the user and password fields hold the access key id and the secret access key.
  const request = (): Record<string, unknown> => {
    if (source === 'kafka') return { from: 'kafka', bootstrap, ...(mechanism !== 'none' ? { sasl: { mechanism, username, password } } : {}), ...(tls ? { tls: { rejectUnauthorized: verifyTls } } : {}) };
    if (source === 'rabbitmq') return { from: 'rabbitmq', url, ...(username ? { username } : {}), ...(password ? { password } : {}), ...(vhost ? { vhost } : {}) };
    if (source === 'nats') return { from: 'nats', url, ...(username ? { username } : {}), ...(password ? { password } : {}) };
    return { from: 'sqs-sns', region, ...(endpoint ? { endpoint } : {}), credentials: { accessKeyId: username, secretAccessKey: password } };
  };

  const fields = (
    <>
      {sources.length > 1 && (
        <div role="radiogroup" aria-label="Broker" className="flex gap-2">
          {sources.map((s) => (
            <Button key={s} role="radio" aria-checked={source === s} variant={source === s ? 'primary' : 'quiet'} data-testid={id(`source.${s}`)} onClick={() => setSource(s)}>
              {SOURCE_LABEL[s]}
            </Button>
          ))}
        </div>
      )}
      {source === 'kafka' ? (
        <>
          <Row label="Bootstrap servers" hint="host:port, comma-separated">
            <input className={field} data-testid={id('bootstrap')} required value={bootstrap} placeholder="broker-1:9092,broker-2:9092" onChange={(e) => setBootstrap(e.target.value)} />
          </Row>
          <Row label="Authentication">
            <select className={field} data-testid={id('sasl')} value={mechanism} onChange={(e) => setMechanism(e.target.value as Mechanism)}>
              <option value="none">None</option>
              <option value="plain">SASL/PLAIN</option>
              <option value="scram-sha-256">SASL/SCRAM-SHA-256</option>
              <option value="scram-sha-512">SASL/SCRAM-SHA-512</option>
            </select>
          </Row>
          <div className="flex gap-4 text-[12px]">
            <label className="flex items-center gap-1.5">
              <input type="checkbox" data-testid={id('tls')} checked={tls} onChange={(e) => setTls(e.target.checked)} /> TLS
            </label>
            {tls && (
              <label className="flex items-center gap-1.5">
                <input type="checkbox" checked={verifyTls} onChange={(e) => setVerifyTls(e.target.checked)} /> Verify the certificate
              </label>
            )}
          </div>
        </>
      ) : source === 'nats' ? (
        <Row label="NATS URL" hint="A client URL, nats://host:4222; the user and password below are needed only when the server asks for them">
          <input className={field} data-testid={id('url')} required value={url} placeholder="nats://nats.internal:4222" onChange={(e) => setUrl(e.target.value)} />
        </Row>
      ) : source === 'sqs-sns' ? (
        <>
          <Row label="Region">
            <input className={field} data-testid={id('region')} required value={region} placeholder="eu-west-1" onChange={(e) => setRegion(e.target.value)} />
          </Row>
          <Row label="Endpoint" hint="Empty: AWS's own endpoints for the region; for an emulator (LocalStack, moto), http://host:port">
            <input className={field} data-testid={id('endpoint')} value={endpoint} placeholder="http://localhost:4566" onChange={(e) => setEndpoint(e.target.value)} />
          </Row>
        </>
      ) : (
        <>
          <Row label="Management or AMQP URL" hint="http://host:15672 (the management API); an amqp:// URL uses port 15672 on the same host">
            <input className={field} data-testid={id('url')} required value={url} placeholder="http://rabbitmq.internal:15672" onChange={(e) => setUrl(e.target.value)} />
          </Row>
          <Row label="Virtual host" hint="Empty: every virtual host the user may see">
            <input className={field} data-testid={id('vhost')} value={vhost} onChange={(e) => setVhost(e.target.value)} />
          </Row>
        </>
      )}
      {(source !== 'kafka' || mechanism !== 'none') && (
        <div className="grid grid-cols-2 gap-2">
          <Row label={source === 'sqs-sns' ? 'Access key ID' : 'User'}>
            <input className={field} data-testid={id('username')} autoComplete="off" required={source === 'kafka' || source === 'sqs-sns'} value={username} onChange={(e) => setUsername(e.target.value)} />
          </Row>
          <Row label={source === 'sqs-sns' ? 'Secret access key' : 'Password'}>
            <input className={field} type="password" data-testid={id('password')} autoComplete="new-password" required={source === 'kafka' || source === 'sqs-sns'} value={password} onChange={(e) => setPassword(e.target.value)} />
          </Row>
        </div>
      )}
    </>
  );
  return { fields, request, clearPassword: () => setPassword('') };
}
