import { handleLiveImport } from '@/lib/live/import-handler';

/**
 * /api/import/cluster: the studio's "From cluster…". GET says whether the
 * server allows it (the studio hides the button otherwise); POST runs one
 * import. Node runtime (the Kafka client needs sockets); never cached or
 * prerendered. The policy, the limits and the work live in
 * lib/live/import-handler.ts and lib/live/server-policy.ts.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
// The import itself is bounded at 60 s; this is the platform's outer bound.
export const maxDuration = 90;

export function GET(request: Request): Promise<Response> {
  return handleLiveImport(request);
}

export function POST(request: Request): Promise<Response> {
  return handleLiveImport(request);
}
