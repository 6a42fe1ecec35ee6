import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../lib/share';
import { designFromData } from '../lib/design';
import { pipeline } from './fixtures';

/**
 * Defence in depth on every page: a Content Security Policy that lets only
 * scripts with this response's nonce run (no 'unsafe-inline'), HTML that no
 * shared cache keeps, and the usual headers; and the studio works under it.
 */

const PAGES = ['/', '/view', '/rules', '/rules/kafka/acks-all-for-at-least-once'];

test('every page answers with a nonce-based CSP, uncacheable HTML and the security headers', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    nonces.add(nonce);
    // Every script in the page carries the nonce: none would run otherwise, and none runs without it.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    // HTML is for this response only: no shared cache may keep it.
    expect(headers['cache-control']).toMatch(/no-store|private/);
    expect(headers['cache-control']).not.toMatch(/s-maxage|public/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
  }
  expect(nonces.size).toBe(PAGES.length);
});

test('the studio, a review link and the rule pages run under the policy, and an injected inline script does not', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('studio')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('palette.item.kafka-topic').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.getByTestId('score')).toBeVisible();

  const design = designFromData(pipeline);
  if (!design.ok) throw new Error('fixture');
  await page.goto(`/view#${encodeShareFragment(design.design)}`);
  await expect(page.getByTestId('review')).toBeVisible();
  await page.goto('/rules');
  await expect(page.locator('h1').first()).toBeVisible();
  expect(violations).toEqual([]);

  // What an injection into the page would add: an inline event handler. Only scripts with the nonce run.
  const ran = await page.evaluate(async () => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="data:," onerror="window.__injected = true" onload="window.__injected = true">';
    document.body.appendChild(box);
    await new Promise((r) => setTimeout(r, 200));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
