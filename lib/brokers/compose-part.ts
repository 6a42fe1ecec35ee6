/**
 * A broker's part of the local docker-compose stack (lib/exporters/docker-compose.ts): each broker's folder has
 * its `compose-part.ts`, which knows its official image, the release a design's version becomes and the oldest
 * release an image exists for, and `PARTS` (lib/exporters/compose-services.ts) joins them.
 */

export type Service = Record<string, unknown>;

/** A broker's part of the stack: its services, named volumes, and what to tell the user. */
export interface StackPart {
  services: Record<string, Service>;
  volumes: string[];
  /** One line per thing to know: where it listens, which image, what was assumed. */
  notes: string[];
}

export interface PartRequest {
  /** The version the design declares (`4.0`, `3.13.7`), if any. */
  version?: string;
  nodes: number;
  /** Hands out a host port: the wanted one, or the next free one. */
  port: (wanted: number) => number;
}

/** Writes a broker's part of the stack for `request`; `clusterId` is the stack's fixed KRaft cluster id. */
export type ComposePart = (request: PartRequest, clusterId: string) => StackPart;

/** An image tag, with what the user should know when it is not the version the design declares. */
export interface ImageTag {
  tag: string;
  note?: string;
}

/** `4.0`, `v24.2.7`, `3.13.7-management`: the leading `major.minor[.patch]`, or `undefined` for none or anything else. */
export function parseImageVersion(version: string | undefined): { major: number; minor: number; patch: number | undefined } | undefined {
  const m = version === undefined ? null : /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? undefined : Number(m[3]) } : undefined;
}

/** A docker-compose healthcheck running `test` every 10 s, up to 12 times. */
export function healthcheck(test: string[], timeout = '10s'): Service {
  return { test, interval: '10s', timeout, retries: 12 };
}
