'use client';

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isBlankDesign, type Design } from '@/lib/design';
import type { ImportNote } from '@/lib/importers';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { ImportReport } from './import-report';
import { useStudioStore } from './store-context';

/**
 * "Import from cluster": connection settings for a Kafka cluster (bootstrap
 * servers, SASL, TLS), a RabbitMQ (management or AMQP URL), a NATS server
 * (client URL) or SQS/SNS (region, endpoint, access key), sent once to
 * the server's read-only import (POST /api/import/cluster). The result is shown
 * with its report and opens as the design only when the user says so. The
 * password lives in this dialog's state only, and is cleared when the dialog
 * closes or the import succeeds; it is never saved or put in a link.
 */

type Source = 'kafka' | 'rabbitmq' | 'nats' | 'sqs-sns';

const SOURCE_LABEL: Record<Source, string> = { kafka: 'Kafka', rabbitmq: 'RabbitMQ', nats: 'NATS', 'sqs-sns': 'SQS/SNS' };
type Mechanism = 'none' | 'plain' | 'scram-sha-256' | 'scram-sha-512';

interface Imported {
  design: Design;
  report: ImportNote[];
  source: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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

export function ClusterImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useStudioStore();
  const toasts = useToasts();
  const [source, setSource] = useState<Source>('kafka');
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  // Closing forgets the password and the result, and abandons a request still running.
  useEffect(() => {
    if (open) return;
    inFlight.current?.abort();
    setPassword('');
    setBusy(false);
    setError(null);
    setImported(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setImported(null);
    // For SQS/SNS the user and password fields hold the access key id and the secret access key.
    const bodies: Record<Source, () => object> = {
      kafka: () => ({
        from: 'kafka',
        bootstrap,
        ...(mechanism !== 'none' ? { sasl: { mechanism, username, password } } : {}),
        ...(tls ? { tls: { rejectUnauthorized: verifyTls } } : {}),
      }),
      rabbitmq: () => ({ from: 'rabbitmq', url, ...(username ? { username } : {}), ...(password ? { password } : {}), ...(vhost ? { vhost } : {}) }),
      nats: () => ({ from: 'nats', url, ...(username ? { username } : {}), ...(password ? { password } : {}) }),
      'sqs-sns': () => ({ from: 'sqs-sns', region, ...(endpoint ? { endpoint } : {}), credentials: { accessKeyId: username, secretAccessKey: password } }),
    };
    const body = bodies[source]();
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy(true);
    try {
      const response = await fetch('/api/import/cluster', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: controller.signal });
      const result = (await response.json()) as { ok: true; design: Design; report: ImportNote[]; source: string } | { ok: false; error: { message: string } };
      if (result.ok) {
        setPassword('');
        setImported({ design: result.design, report: result.report, source: result.source });
      } else setError(result.error.message);
    } catch {
      if (!controller.signal.aborted) setError('The server did not answer. Is the studio running with its server (npm start)?');
    } finally {
      if (inFlight.current === controller) setBusy(false);
    }
  };

  const openDesign = () => {
    if (!imported) return;
    store.getState().load(imported.design);
    toasts.push('success', `Imported ${imported.source}`);
    onClose();
  };

  const replacing = !isBlankDesign(store.getState().design);
  return (
    <Dialog open={open} title="Import from cluster" onClose={onClose} testId="cluster-import">
      {imported ? (
        <div data-testid="cluster-import.result">
          <p className="text-[13px]">
            <strong>{imported.source}</strong>: {count(imported.design.nodes.length, 'node')} and {count(imported.design.connections.length, 'connection')}. {replacing && 'This replaces the current design (Undo brings it back).'}
          </p>
          <ImportReport notes={imported.report} testId="cluster-import.report" />
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => setImported(null)}>Back</Button>
            <Button variant="primary" data-testid="cluster-import.open" onClick={openDesign}>
              {replacing ? 'Replace current design' : 'Open'}
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="space-y-3" autoComplete="off">
          <p className="text-[12.5px] text-[var(--muted)]">Reads topics, groups, exchanges, queues, policies, streams and subscriptions. Nothing on the cluster is changed, and the credentials are used for this one request only.</p>
          <div role="radiogroup" aria-label="Broker" className="flex gap-2">
            {(['kafka', 'rabbitmq', 'nats', 'sqs-sns'] as const).map((s) => (
              <Button key={s} role="radio" aria-checked={source === s} variant={source === s ? 'primary' : 'quiet'} data-testid={`cluster-import.source.${s}`} onClick={() => setSource(s)}>
                {SOURCE_LABEL[s]}
              </Button>
            ))}
          </div>
          {source === 'kafka' ? (
            <>
              <Row label="Bootstrap servers" hint="host:port, comma-separated">
                <input className={field} data-testid="cluster-import.bootstrap" required value={bootstrap} placeholder="broker-1:9092,broker-2:9092" onChange={(e) => setBootstrap(e.target.value)} />
              </Row>
              <Row label="Authentication">
                <select className={field} data-testid="cluster-import.sasl" value={mechanism} onChange={(e) => setMechanism(e.target.value as Mechanism)}>
                  <option value="none">None</option>
                  <option value="plain">SASL/PLAIN</option>
                  <option value="scram-sha-256">SASL/SCRAM-SHA-256</option>
                  <option value="scram-sha-512">SASL/SCRAM-SHA-512</option>
                </select>
              </Row>
              <div className="flex gap-4 text-[12px]">
                <label className="flex items-center gap-1.5">
                  <input type="checkbox" data-testid="cluster-import.tls" checked={tls} onChange={(e) => setTls(e.target.checked)} /> TLS
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
              <input className={field} data-testid="cluster-import.url" required value={url} placeholder="nats://nats.internal:4222" onChange={(e) => setUrl(e.target.value)} />
            </Row>
          ) : source === 'sqs-sns' ? (
            <>
              <Row label="Region">
                <input className={field} data-testid="cluster-import.region" required value={region} placeholder="eu-west-1" onChange={(e) => setRegion(e.target.value)} />
              </Row>
              <Row label="Endpoint" hint="Empty: AWS's own endpoints for the region; for an emulator (LocalStack, moto), http://host:port">
                <input className={field} data-testid="cluster-import.endpoint" value={endpoint} placeholder="http://localhost:4566" onChange={(e) => setEndpoint(e.target.value)} />
              </Row>
            </>
          ) : (
            <>
              <Row label="Management or AMQP URL" hint="http://host:15672 (the management API); an amqp:// URL uses port 15672 on the same host">
                <input className={field} data-testid="cluster-import.url" required value={url} placeholder="http://rabbitmq.internal:15672" onChange={(e) => setUrl(e.target.value)} />
              </Row>
              <Row label="Virtual host" hint="Empty: every virtual host the user may see">
                <input className={field} data-testid="cluster-import.vhost" value={vhost} onChange={(e) => setVhost(e.target.value)} />
              </Row>
            </>
          )}
          {(source !== 'kafka' || mechanism !== 'none') && (
            <div className="grid grid-cols-2 gap-2">
              <Row label={source === 'sqs-sns' ? 'Access key ID' : 'User'}>
                <input className={field} data-testid="cluster-import.username" autoComplete="off" required={source === 'kafka' || source === 'sqs-sns'} value={username} onChange={(e) => setUsername(e.target.value)} />
              </Row>
              <Row label={source === 'sqs-sns' ? 'Secret access key' : 'Password'}>
                <input className={field} type="password" data-testid="cluster-import.password" autoComplete="new-password" required={source === 'kafka' || source === 'sqs-sns'} value={password} onChange={(e) => setPassword(e.target.value)} />
              </Row>
            </div>
          )}
          {error && (
            <p role="alert" data-testid="cluster-import.error" className="rounded border border-[var(--error)] px-2 py-1.5 text-[12.5px]" style={{ color: 'var(--error)' }}>
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" data-testid="cluster-import.submit" disabled={busy}>
              {busy ? 'Reading the cluster…' : 'Import'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
