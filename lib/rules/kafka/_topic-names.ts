/** Kafka's metric names turn "." into "_", so names equal after that swap collide. */
export function metricName(name: string): string {
  return name.replace(/\./g, '_');
}
