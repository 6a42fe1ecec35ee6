import type { Metadata } from 'next';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: 'Queuewright — message-queue architecture studio',
  description: 'Design Kafka, RabbitMQ, NATS and SQS/SNS topologies and get an expert review.',
};

/** The theme class is set before paint from the saved preference, so there is no flash of the wrong theme. */
const THEME_SCRIPT = `try{var t=localStorage.getItem('queuewright.theme');if(t==='dark'||(!t&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The page's CSP nonce (proxy.ts): the only inline script allowed to run is one that carries it.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
