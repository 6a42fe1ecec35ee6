import { handleAudit } from '@/lib/live/audit-handler';

/**
 * /api/audit: the studio's "Compare with cluster…". GET says whether the
 * server allows it, and whether it allows Apply (the studio hides what it
 * does not); POST audits, plans or applies the design in its body. Node
 * runtime, never cached. The policy, the limits and the work live in
 * lib/live/audit-handler.ts and lib/live/server-policy.ts.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
// A read is bounded at 60 s and an apply at a minute more: the platform's outer bound.
export const maxDuration = 180;

export function GET(request: Request): Promise<Response> {
  return handleAudit(request);
}

export function POST(request: Request): Promise<Response> {
  return handleAudit(request);
}
