import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { RULES, RULE_BY_ID } from '@/lib/rules';
import { RULE_DOCS } from '@/lib/rules/docs-registry';
import { describeExample } from '../rule-examples';

export const dynamicParams = false;

export function generateStaticParams() {
  return RULES.map((r) => ({ id: r.meta.id.split('/') }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string[] }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `${id.join('/')} — Queuewright rules` };
}

/** A rule's page, generated from its metadata: what, why, how to fix, a failing and a passing example, sources. */
export default async function RulePage({ params }: { params: Promise<{ id: string[] }> }) {
  const { id } = await params;
  const rule = RULE_BY_ID.get(id.join('/'));
  if (!rule) notFound();
  const { meta } = rule;
  const docs = RULE_DOCS[meta.id];
  const failing = describeExample(rule, docs.examples.failing);
  const passing = describeExample(rule, docs.examples.passing);
  return (
    <article className="space-y-5 text-[14px] leading-relaxed" data-testid="rule-page">
      <div>
        <Link href="/rules" className="text-[12.5px] text-[var(--accent)] hover:underline">
          ← All rules
        </Link>
        <h1 className="mt-1 font-mono text-[20px] font-semibold">{meta.id}</h1>
        <div className="mt-1 flex gap-2 text-[12.5px]">
          <span className="rounded bg-[var(--panel-2)] px-1.5">{meta.severity}</span>
          <span className="rounded bg-[var(--panel-2)] px-1.5">{meta.category}</span>
        </div>
        <p className="mt-3 text-[15px]">{meta.summary}</p>
      </div>
      <section>
        <h2 className="text-[15px] font-semibold">Why it matters</h2>
        <p>{docs.rationale}</p>
      </section>
      <section>
        <h2 className="text-[15px] font-semibold">How to fix</h2>
        <p>{docs.howToFix}</p>
      </section>
      <section className="grid gap-4 md:grid-cols-2">
        <div>
          <h2 className="text-[15px] font-semibold">Fails</h2>
          <pre className="mt-1 overflow-auto rounded-md border border-[var(--border)] bg-[var(--panel)] p-2 text-[12px]" data-testid="rule-page.failing">
            {failing.yaml}
          </pre>
          <ul className="mt-1 list-disc pl-5 text-[13px]">
            {failing.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-[15px] font-semibold">Passes</h2>
          <pre className="mt-1 overflow-auto rounded-md border border-[var(--border)] bg-[var(--panel)] p-2 text-[12px]" data-testid="rule-page.passing">
            {passing.yaml}
          </pre>
          <p className="mt-1 text-[13px] text-[var(--muted)]">{passing.messages.length === 0 ? 'No finding.' : passing.messages.join(' ')}</p>
        </div>
      </section>
      <section>
        <h2 className="text-[15px] font-semibold">Sources</h2>
        <ul className="list-disc pl-5">
          {docs.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noreferrer" className="text-[var(--accent)] hover:underline">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
