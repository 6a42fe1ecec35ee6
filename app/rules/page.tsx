import Link from 'next/link';
import type { Metadata } from 'next';
import { PRESETS, RULES, SEVERITIES } from '@/lib/rules';
import { DEDUCTION, SCORE_CATEGORIES } from '@/lib/rules/score';

export const metadata: Metadata = { title: 'Rules — Queuewright' };

const FAMILIES: Record<string, string> = {
  kafka: 'Kafka',
  rabbitmq: 'RabbitMQ',
  nats: 'NATS JetStream',
  sqs: 'AWS SQS',
  sns: 'AWS SNS',
  eventsourcing: 'Event sourcing',
  cloudevents: 'CloudEvents',
  core: 'Across brokers',
};

export default function RulesPage() {
  const families = Object.entries(FAMILIES)
    .map(([prefix, title]) => ({ prefix, title, rules: RULES.filter((r) => r.meta.id.startsWith(`${prefix}/`)) }))
    .filter((f) => f.rules.length > 0);
  return (
    <article className="space-y-6">
      <h1 className="text-[22px] font-semibold">The review: {RULES.length} rules</h1>
      <section aria-labelledby="scoring" className="space-y-2 rounded-lg border border-[var(--border)] bg-[var(--panel)] p-4 text-[13.5px]">
        <h2 id="scoring" className="text-[16px] font-semibold">
          How the score works
        </h2>
        <p>
          Every finding deducts points from its category by its severity: {SEVERITIES.map((s) => `${s} ${DEDUCTION[s]}`).join(', ')}. Each of the six categories ({SCORE_CATEGORIES.join(', ')}) is 100
          minus the points of its findings, never below 0, and the overall score is the average of the six. Schema findings count towards operability. Each deduction is one finding, so the score is
          always explained by the findings list, and the same design always gets the same score.
        </p>
        <p>
          A risk accepted on a node (with a reason, kept in the design file) is still listed, marked accepted, and deducts nothing. Presets:{' '}
          {Object.entries(PRESETS).map(([name, text]) => (
            <span key={name}>
              <strong>{name}</strong> — {text}{' '}
            </span>
          ))}
          Each rule&apos;s severity can also be overridden or switched off per design.
        </p>
      </section>
      {families.map((family) => (
        <section key={family.prefix} aria-labelledby={`family-${family.prefix}`}>
          <h2 id={`family-${family.prefix}`} className="mb-2 text-[16px] font-semibold">
            {family.title} <span className="text-[var(--muted)]">({family.rules.length})</span>
          </h2>
          <table className="w-full border-collapse text-[13px]">
            <thead>
              <tr className="border-b border-[var(--border)] text-left text-[12px] text-[var(--muted)]">
                <th className="py-1 pr-3 font-medium">Rule</th>
                <th className="py-1 pr-3 font-medium">Severity</th>
                <th className="py-1 pr-3 font-medium">Category</th>
                <th className="py-1 font-medium">What it checks</th>
              </tr>
            </thead>
            <tbody>
              {family.rules.map((rule) => (
                <tr key={rule.meta.id} className="border-b border-[var(--border)] align-top" data-testid={`rules.row.${rule.meta.id}`}>
                  <td className="py-1.5 pr-3">
                    <Link href={`/rules/${rule.meta.id}`} className="font-mono text-[12.5px] text-[var(--accent)] hover:underline">
                      {rule.meta.id}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">{rule.meta.severity}</td>
                  <td className="py-1.5 pr-3">{rule.meta.category}</td>
                  <td className="py-1.5">{rule.meta.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
