import Link from 'next/link';

export default function RulesLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-[var(--bg)]">
      <header className="flex h-12 items-center gap-4 border-b border-[var(--border)] bg-[var(--panel)] px-4">
        <Link href="/" className="text-[14px] font-bold" style={{ color: 'var(--accent)' }}>
          Queuewright
        </Link>
        <Link href="/rules" className="text-[13px] hover:underline">
          Rules
        </Link>
      </header>
      <main className="mx-auto max-w-[960px] px-5 py-6">{children}</main>
    </div>
  );
}
