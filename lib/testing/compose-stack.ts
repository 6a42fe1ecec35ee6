import type { Design } from '../design';
import { dockerComposeExporter } from '../exporters/docker-compose';
import { goCheck } from './go-check';

/**
 * How many services of an image the docker-compose export of a design runs,
 * as compose-go (what `docker compose` runs) loads the file: the live round
 * trips start their test cluster with this many nodes, so that the other
 * exports of a design are proved on the stack the design gets locally.
 */
export function stackNodes(design: Design, imagePrefix: string): number {
  const out = dockerComposeExporter.export(design);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('\n'));
  const loaded = goCheck('compose', out.files[0].content, 'docker-compose.yml');
  if (!loaded.ok) throw new Error(`compose-go refused the file: ${loaded.error}`);
  return Object.values((loaded.value as { services: Record<string, { image: string }> }).services).filter((s) => s.image.startsWith(imagePrefix)).length;
}
