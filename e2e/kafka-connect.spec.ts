import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { StudioPage } from './studio-page';

const OUT = join(__dirname, '..', 'test-results', 'screens');

test('Kafka Connect connectors are drawn from the palette, connect to topics, and their settings are reviewed', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open({ queuewright: 2, name: 'Connect', nodes: [], connections: [] });
  const group = page.getByRole('region', { name: 'Kafka Connect' });
  await expect(group.getByTestId('palette.item.connect-source')).toContainText('Source connector');
  await expect(group.getByTestId('palette.item.connect-sink')).toContainText('Sink connector');
  await expect(group.getByTestId('palette.item.external-system')).toContainText('External system');

  await studio.dragToCanvas('connect-source', 200, 200);
  await studio.dragToCanvas('kafka-topic', 520, 200);
  await studio.dragToCanvas('connect-sink', 840, 200);
  await (await studio.connect('connect-source', 'kafka-topic')).release();
  await (await studio.connect('kafka-topic', 'connect-sink')).release();
  // A sink cannot feed a source: the canvas refuses it.
  await (await studio.connect('connect-sink', 'connect-source')).release();
  const saved = await studio.savedDesign();
  expect(saved.connections.map((c) => `${c.kind} ${c.from} → ${c.to}`).sort()).toEqual(['consume kafka-topic → connect-sink', 'publish connect-source → kafka-topic']);
  await expect(studio.node('connect-sink')).toContainText('FileStreamSinkConnector');

  await studio.select('connect-sink');
  // The "Connect settings" group (field-labels.ts) may start open or closed (the inspector opens the groups that matter); open it either way.
  await page
    .getByTestId('inspector.node.connect-sink')
    .locator('details', { has: page.locator('summary', { hasText: /^Connect settings$/ }) })
    .evaluate((d: HTMLDetailsElement) => {
      d.open = true;
    });
  await studio.field('config.tasks.max').fill('64');
  await studio.field('config.errors.tolerance').selectOption('all');
  await expect(page.getByTestId('findings.row.connect/tolerance-all-needs-dlq')).toBeVisible();
  await expect(page.getByTestId('findings.row.connect/sink-tasks-above-partitions')).toBeVisible();
  await expect(studio.node('connect-sink')).toContainText('64 tasks max · skips bad records');
  expect((await studio.savedDesign()).nodes.find((n) => n.id === 'connect-sink')).toMatchObject({ config: { 'tasks.max': 64, 'errors.tolerance': 'all' } });
});

test('the CDC template shows its connectors between the database, the topics and the warehouse', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByTestId('empty.start').getByTestId('template.cdc-warehouse').click();
  await expect(page.getByTestId('score.overall')).toHaveText('100');
  await expect(studio.node('debezium-postgres')).toContainText('Source connector');
  await expect(studio.node('debezium-postgres')).toContainText('PostgresConnector');
  await expect(studio.node('warehouse-sink')).toContainText('6 tasks max · DLQ → cdc.dlq');
  await expect(studio.node('snowflake')).toContainText('External system');
  await studio.select('warehouse-sink');
  await expect(studio.field('connectorClass')).toHaveValue('com.snowflake.kafka.connector.SnowflakeSinkConnector');
  await page.screenshot({ path: join(OUT, 'kafka-connect-sink-selected.png') });
});
