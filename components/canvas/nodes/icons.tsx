/** 16×16 line icons, one per kind, so kinds differ by shape and not only by colour. */
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const ICONS = {
  producer: (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><rect x="1.5" y="3" width="7" height="10" rx="2" /><path d="M8.5 8h6M12 5.5 14.5 8 12 10.5" /></svg>
  ),
  'kafka-topic': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><path d="M2 4h12M2 8h12M2 12h12" /><path d="M5 2.5v3M9 6.5v3M12 10.5v3" /></svg>
  ),
  'rabbitmq-exchange': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" /><path d="M5.5 8h5M9 6.5 10.5 8 9 9.5" /></svg>
  ),
  'rabbitmq-queue': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><rect x="1.5" y="4" width="13" height="8" rx="1.5" /><path d="M5 4v8M8 4v8M11 4v8" /></svg>
  ),
  'nats-stream': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><path d="M1.5 5c2-2 4 2 6.5 0s4.5 2 6.5 0M1.5 11c2-2 4 2 6.5 0s4.5 2 6.5 0" /></svg>
  ),
  'sqs-queue': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><path d="M2 3.5h12v9H2z" /><path d="M4.5 6h7M4.5 8h7M4.5 10h4" /></svg>
  ),
  'sns-topic': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><circle cx="4" cy="8" r="2" /><path d="M6 8h3M9 8l4-4M9 8l4 4M9 8h5" /></svg>
  ),
  'consumer-group': (
    <svg viewBox="0 0 16 16" width="16" height="16" {...stroke}><circle cx="5.5" cy="5.5" r="2" /><circle cx="11" cy="5.5" r="2" /><path d="M2 13c0-2.2 1.6-3.5 3.5-3.5S9 10.8 9 13M8.5 10c.6-.3 1.5-.5 2.5-.5 1.9 0 3.5 1.3 3.5 3.5" /></svg>
  ),
} as const;
