import { Studio } from '@/components/studio/studio';

export default function StudioPage() {
  return <Studio />;
}
