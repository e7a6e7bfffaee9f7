/**
 * End to end in a real browser: `marsad serve` on a store of the sample pages (and one hostile page), driven
 * by playwright-core in Debian's chromium. Screenshots go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { HOSTILE_PAGE } from '../web/hostile-page.ts';

const CHROMIUM = '/usr/bin/chromium';
// The flags this machine's closed network needs (see the env notes): no background connections, no sandbox as root.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = 'test-output/screenshots';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`);

let server: ChildProcess;
let base = '';
let browser: Browser;

before(async () => {
  if (missing) return;
  const dir = mkdtempSync(join(tmpdir(), 'marsad-e2e-'));
  const db = join(dir, 'e2e.db');
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE_PAGE);
  assert.equal(spawnSync(process.execPath, ['bin/marsad.js', 'ingest', 'examples', join(dir, 'hostile.txt'), '--db', db]).status, 0);
  server = spawn(process.execPath, ['bin/marsad.js', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  base = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr!.on('data', (d: Buffer) => { err += d; const m = err.match(/on (http:\/\/[^/]+)\//); if (m) resolve(m[1]); });
    server.on('exit', (code) => reject(new Error(`marsad serve exited (${code}): ${err}`)));
  });
  // playwright's launch() starts chromium on a new, empty profile of its own (it refuses --user-data-dir).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('home → story → article → entity, right to left, at phone and desktop widths', { skip: missing && 'no chromium here (CI installs it)' }, async () => {
  for (const [width, height] of [[1440, 1000], [360, 780]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${base}/`);
    assert.equal(await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`), 'ar rtl');
    assert.equal(await page.locator('.story-card').count(), 4, 'the three stories of the sample pages and the hostile page');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `no sideways scrolling at ${width}px`);
    // The stylesheet's font is the shipped one, loaded from this server.
    assert.ok(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px "Noto Naskh Arabic"', 'مرصد'); }));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'انتقل إلى المحتوى', 'the first Tab reaches the skip link');
    await page.screenshot({ path: `${SHOTS}/home-${width}.png`, fullPage: true });

    const wonsan = page.locator('.story-card h2 a', { hasText: 'وونسان' }).first();
    const storyTitle = (await wonsan.count()) ? await wonsan.textContent() : await page.locator('.story-card h2 a').first().textContent();
    await page.locator('.story-card h2 a', { hasText: storyTitle! }).first().click();
    await page.waitForURL(/\/stories\/\d+$/);
    assert.equal(await page.locator('h1').textContent(), storyTitle);
    assert.ok(await page.locator('figure.chart svg circle.point').count() > 0, 'the timeline is drawn');
    await page.screenshot({ path: `${SHOTS}/story-${width}.png`, fullPage: true });

    await page.locator('h2:has-text("المقالات") + ul a').first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    assert.ok(await page.locator('article.text p').count() > 3);
    await page.screenshot({ path: `${SHOTS}/article-${width}.png`, fullPage: true });

    const entity = page.locator('mark.ent.PER a').first();
    const spelled = await entity.textContent();
    await entity.click();
    await page.waitForURL(/\/entities\/\d+$/);
    assert.ok((await page.locator('main').textContent())!.includes(spelled!), 'the spelling clicked is among those listed');
    assert.ok(await page.locator('figure.chart rect.bar').count() > 0);
    await page.screenshot({ path: `${SHOTS}/entity-${width}.png`, fullPage: true });

    await page.fill('#q', 'بيونج يانج');
    await page.press('#q', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    assert.ok(await page.locator('.hits mark').count() > 0);
    await page.screenshot({ path: `${SHOTS}/search-${width}.png`, fullPage: true });
    assert.deepEqual(dialogs, []);
    await page.close();
  }
});

test('a page carrying <script> and onerror= shows them as text and runs nothing', { skip: missing && 'no chromium here (CI installs it)' }, async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`${base}/search?q=${encodeURIComponent('الزراعة')}`);
  await page.locator('.hits a').first().click();
  await page.waitForURL(/\/articles\/\d+$/);
  // The scripts would set the document's title to exactly "pwned"; shown as text, it is the article's title.
  const title = await page.title();
  assert.ok(title.startsWith('عاجل <script>'), `no script ran (title: ${title})`);
  assert.match((await page.locator('h1').textContent())!, /<script>document\.title="pwned"<\/script>/);
  assert.match((await page.locator('article.text').textContent())!, /<img src=x onerror=/);
  assert.equal(await page.locator('article.text img').count(), 0);
  await page.screenshot({ path: `${SHOTS}/hostile.png`, fullPage: true });
  assert.deepEqual(dialogs, []);
  await page.close();
});
