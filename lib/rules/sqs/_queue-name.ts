/**
 * SQS and SNS FIFO names end in `.fifo`, and the suffix counts towards the
 * 80-character queue name limit. A node's `name` is the queue's name.
 */
export const FIFO_SUFFIX = '.fifo';
export const MAX_QUEUE_NAME_LENGTH = 80;

export function hasFifoSuffix(name: string): boolean {
  return name.endsWith(FIFO_SUFFIX);
}

/** The name without its `.fifo` suffix: what derived names (`<name>-dlq`) build on. */
export function baseName(name: string): string {
  return hasFifoSuffix(name) ? name.slice(0, -FIFO_SUFFIX.length) : name;
}

/** `base`, with the suffix a queue of this type needs. */
export function queueName(base: string, fifo: boolean): string {
  return fifo ? `${baseName(base)}${FIFO_SUFFIX}` : baseName(base);
}
