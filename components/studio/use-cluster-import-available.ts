'use client';

import { useEffect, useState } from 'react';

/**
 * Whether this studio's server allows importing from live clusters (its
 * operator names the clusters it may reach): the studio offers "From
 * cluster…" only then. Asked once; a server without the route, or that does
 * not answer, means no.
 */
export function useClusterImportAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/import/cluster', { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ enabled?: unknown }>) : { enabled: false }))
      .then((body) => setAvailable(body.enabled === true))
      .catch(() => setAvailable(false));
    return () => controller.abort();
  }, []);
  return available;
}
