'use client';

import { useState, type FormEvent } from 'react';
import { useClusterConnectionForm, type ClusterSource } from '../studio/cluster-connection-form';
import { useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { runComparison } from './compare-actions';

/**
 * "Compare with cluster…": the live import's connection form, sent with the
 * design on the canvas to the server's audit (POST /api/audit). On success
 * the dialog closes and the Compare panel shows the differences and the
 * plan; the connection stays with the panel until it is closed.
 */
const SOURCES: readonly ClusterSource[] = ['kafka', 'rabbitmq', 'nats', 'sqs-sns'];

/** The broker the design draws first (Redpanda speaks Kafka's protocol): the one the form starts on. */
function firstDrawn(clusters: readonly { broker: string }[]): ClusterSource {
  return clusters.map((c) => (c.broker === 'redpanda' ? 'kafka' : c.broker)).find((b): b is ClusterSource => (SOURCES as readonly string[]).includes(b)) ?? SOURCES[0];
}

export function CompareDialog({ onClose }: { onClose(): void }) {
  const store = useStudioStore();
  const connection = useClusterConnectionForm('compare-dialog', SOURCES, firstDrawn(store.getState().design.clusters));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const problem = await runComparison(store.getState().design, connection.request());
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog open title="Compare with cluster" onClose={onClose} testId="compare-dialog">
      <form onSubmit={(e) => void submit(e)} className="space-y-3" autoComplete="off">
        <p className="text-[12.5px] text-[var(--muted)]">
          Reads the cluster and shows how it differs from the design on the canvas, and the plan that would make it match. Reading changes nothing; the credentials are kept only while the comparison
          is open.
        </p>
        {connection.fields}
        {error && (
          <p role="alert" data-testid="compare-dialog.error" className="rounded border border-[var(--error)] px-2 py-1.5 text-[12.5px]" style={{ color: 'var(--error)' }}>
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" data-testid="compare-dialog.submit" disabled={busy}>
            {busy ? 'Reading the cluster…' : 'Compare'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
