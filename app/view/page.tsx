import type { Metadata } from 'next';
import { ReviewScreen } from '@/components/share/review-screen';

export const metadata: Metadata = { title: 'Design review — Queuewright' };

/** The read-only review of a shared design; the design is in the URL fragment, which only the browser reads. */
export default function ViewPage() {
  return <ReviewScreen />;
}
