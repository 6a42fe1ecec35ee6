import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';

const OUT = join(__dirname, '..', 'test-results', 'screens');

test('the wizard turns "order events, 20k msg/s, per-key, at-least-once, 7 days replay" into a Kafka design scoring at least 90', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('empty.wizard').click();
  const wizard = page.getByTestId('wizard');
  await expect(wizard).toBeVisible();

  await page.getByTestId('wizard.field.useCase').fill('order events');
  await page.getByTestId('wizard.field.throughput').fill('20000');
  await page.getByTestId('wizard.ordering.per-key').check({ force: true });
  await page.getByTestId('wizard.delivery.at-least-once').check({ force: true });
  await page.getByTestId('wizard.field.retentionHours').fill('168');
  await page.getByTestId('wizard.field.replay').check();

  await expect(page.getByTestId('wizard.rank.kafka')).toHaveAttribute('data-rank', '1');
  await expect(page.getByTestId('wizard.rank.kafka')).toContainText('Recommended');
  await expect(page.getByTestId('wizard.rank.kafka').getByTestId('wizard.reason.throughput')).toContainText('20,000 msg/s needed');
  await expect(page.getByTestId('wizard.rank.kafka').getByTestId('wizard.reason.retention')).toHaveAttribute('data-verdict', 'good');
  await page.screenshot({ path: join(OUT, 'wizard.png') });

  await page.getByTestId('wizard.rank.rabbitmq').getByRole('button').click();
  await expect(page.getByTestId('wizard.rank.rabbitmq').getByTestId('wizard.reason.retention')).toHaveAttribute('data-verdict', 'poor');
  await page.getByTestId('wizard.rank.kafka').getByRole('button').click();
  await page.getByTestId('wizard.generate').click();

  await expect(page.getByTestId('start')).toBeHidden();
  await expect(studio.node('order.events')).toContainText('30 × RF 3');
  await expect(studio.node('order.dlq')).toBeVisible();
  const score = await studio.score();
  expect(score).toBeGreaterThanOrEqual(90);
  await expect(page.getByTestId('findings.counts')).toContainText('0 errors');
  await page.screenshot({ path: join(OUT, 'wizard-generated.png') });
});
