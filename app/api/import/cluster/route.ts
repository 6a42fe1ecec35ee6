import { handleLiveImport } from '@/lib/live/import-handler';

/**
 * POST /api/import/cluster: the studio's "Import from cluster". Node runtime
 * (the Kafka client needs sockets); never cached or prerendered. The work and
 * its limits live in lib/live/import-handler.ts.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
// The import itself is bounded at 60 s; this is the platform's outer bound.
export const maxDuration = 90;

export function POST(request: Request): Promise<Response> {
  return handleLiveImport(request);
}
