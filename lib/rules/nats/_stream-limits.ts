import { durationToMs } from '../../design';
import type { ResolvedNatsStream } from '../../brokers/nats/resolve';

/**
 * A stream's retention limits. In the server's config 0 or -1 means
 * "unlimited" for each of max_age, max_bytes and max_msgs.
 */
export function declaredLimits(stream: ResolvedNatsStream): string[] {
  const limits: string[] = [];
  if ((durationToMs(stream.max_age) ?? 0) > 0) limits.push(`max_age=${stream.max_age}`);
  if (stream.max_bytes > 0) limits.push(`max_bytes=${stream.max_bytes}`);
  if (stream.max_msgs > 0) limits.push(`max_msgs=${stream.max_msgs}`);
  return limits;
}
