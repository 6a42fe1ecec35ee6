'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isBlankDesign, type Design } from '@/lib/design';
import type { ImportNote } from '@/lib/importers';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { useClusterConnectionForm } from './cluster-connection-form';
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

interface Imported {
  design: Design;
  report: ImportNote[];
  source: string;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ClusterImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useStudioStore();
  const toasts = useToasts();
  const connection = useClusterConnectionForm('cluster-import');
  const { busy, error, imported, setImported, submit } = useClusterImport(open, connection);

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
        <ImportedDesign imported={imported} replacing={replacing} onBack={() => setImported(null)} onOpen={openDesign} />
      ) : (
        <form onSubmit={(e) => void submit(e)} className="space-y-3" autoComplete="off">
          <p className="text-[12.5px] text-[var(--muted)]">
            Reads topics, groups, exchanges, queues, policies, streams and subscriptions. Nothing on the cluster is changed, and the credentials are used for this one request only.
          </p>
          {connection.fields}
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

/**
 * The import request and its outcome: busy while it runs, then the design read or the server's error.
 * Closing the dialog forgets the password and the result, and abandons a request still running.
 */
function useClusterImport(open: boolean, connection: ReturnType<typeof useClusterConnectionForm>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  // Closing forgets the password and the result (adjusted while rendering), and abandons a request still running.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) {
      connection.clearPassword();
      setBusy(false);
      setError(null);
      setImported(null);
    }
  }
  useEffect(() => {
    if (!open) inFlight.current?.abort();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setImported(null);
    const body = connection.request();
    const controller = new AbortController();
    inFlight.current = controller;
    setBusy(true);
    try {
      const response = await fetch('/api/import/cluster', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: controller.signal });
      const result = (await response.json()) as { ok: true; design: Design; report: ImportNote[]; source: string } | { ok: false; error: { message: string } };
      if (result.ok) {
        connection.clearPassword();
        setImported({ design: result.design, report: result.report, source: result.source });
      } else setError(result.error.message);
    } catch {
      if (!controller.signal.aborted) setError('The server did not answer. Is the studio running with its server (npm start)?');
    } finally {
      if (inFlight.current === controller) setBusy(false);
    }
  };

  return { busy, error, imported, setImported, submit };
}

/** What the import read, with its report: opened as the design only when the user says so. */
function ImportedDesign({ imported, replacing, onBack, onOpen }: { imported: Imported; replacing: boolean; onBack(): void; onOpen(): void }) {
  return (
    <div data-testid="cluster-import.result">
      <p className="text-[13px]">
        <strong>{imported.source}</strong>: {count(imported.design.nodes.length, 'node')} and {count(imported.design.connections.length, 'connection')}.{' '}
        {replacing && 'This replaces the current design (Undo brings it back).'}
      </p>
      <ImportReport notes={imported.report} testId="cluster-import.report" />
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onBack}>Back</Button>
        <Button variant="primary" data-testid="cluster-import.open" onClick={onOpen}>
          {replacing ? 'Replace current design' : 'Open'}
        </Button>
      </div>
    </div>
  );
}
