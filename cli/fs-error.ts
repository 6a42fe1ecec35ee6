/**
 * A file-system or stream error as the one line a person reads: what could
 * not be done, to which path, why in words, and the system's code for
 * searching (`cannot write out/a.yaml: read-only file system (EROFS)`).
 * Never a stack trace: those are for bugs, and these are not.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EEXIST: 'it already exists',
  EPIPE: 'the reading end was closed',
  EBADF: 'the file descriptor is closed',
  EAGAIN: 'resource temporarily unavailable',
  EINVAL: 'invalid argument',
  ETXTBSY: 'the file is busy',
  EBUSY: 'the resource is busy',
};

/** The errno code of a Node system error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

export function fsErrorMessage(action: string, what: string, error: unknown): string {
  const code = errorCode(error);
  const reason = code ? (REASONS[code] ?? code.toLowerCase()) : ((error as Error)?.message ?? String(error)).split('\n')[0].slice(0, 200);
  return `cannot ${action} ${what}: ${reason}${code ? ` (${code})` : ''}`;
}
