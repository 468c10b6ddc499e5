// Screenshots of the main views on a phone and a desktop, light and dark, saved to
// tests/artifacts/screenshots/ for people to look at after `make test`. Each view is also
// checked for what a screenshot would show at a glance: the page is themed as asked, nothing
// is wider than the screen, and the view's main element is in sight.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { CONCURRENCY, newPage, root, start } from './support.mjs';

const OUT = `${root}tests/artifacts/screenshots`;
const VIEWS = [
  ['start', '', '[data-testid="result"]'],
  ['filtered', '?theme=remittances&q=diaspora', 'mark'],
  // A word no programme has: the partial-match notice, in both languages.
  ['partial', '?q=remittance+cost+zzyzx', '.partial-match'],
  ['partial-fr', '?q=envoyer+de+l%27argent+zzyzx&lang=fr', '.partial-match'],
  // Found through a country's name in another language: the card says what matched.
  ['matched', '?q=Maroc', '.matched-elsewhere'],
  ['programme', '?id=mida', '#programme-title'],
  // About the data: its tables must fit a phone's width, in both languages.
  ['about', 'about/', '.about-page table'],
  ['about-fr', 'about/?lang=fr', '.about-page table'],
  // The map (a country selected: its reach and the marker of a small one), the charts, and a
  // comparison, whose table must scroll within a phone's width, not the page.
  ['map', '?view=map&origin=SN', '.world-map [data-country="SN"][aria-pressed="true"]'],
  ['map-residence-fr', '?view=map&side=residence&lang=fr', '.world-map [data-country="FR"][role="button"]'],
  ['charts', '?view=charts&theme=investment', '.year-chart [role="button"]'],
  ['compare', '?compare=faise,paisd,mida', '.compare-table'],
  // As a partner's iframe shows it: compact bar, a locked filter, the partner's accent.
  ['embed', '?embed=1&lock=1&origin=SN&accent=%23a3324a', '.chip-locked'],
];
const DEVICES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
];

let env;
before(async () => {
  env = await start();
  mkdirSync(OUT, { recursive: true });
});
after(async () => {
  await env?.stop();
});

describe('screenshots', { concurrency: CONCURRENCY }, () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [device, viewport] of DEVICES) {
      test(`${device}, ${colorScheme}`, async () => {
        // One page per device and scheme, going from view to view as a person would.
        const { page, errors, close } = await newPage(env.browser, env.url, { viewport, colorScheme });
        try {
          for (const [view, query, main] of VIEWS) {
            await page.goto(env.url + query);
            await page.locator(main).first().waitFor();
            const look = await page.evaluate(() => ({
              background: getComputedStyle(document.body).backgroundColor,
              overflow: document.documentElement.scrollWidth - window.innerWidth,
            }));
            const [r, g, b] = look.background.match(/\d+/g).map(Number);
            const dark = r + g + b < 3 * 128;
            assert.equal(dark, colorScheme === 'dark', `${view}: background ${look.background} in ${colorScheme}`);
            assert.ok(look.overflow <= 0, `${view}: ${look.overflow}px wider than the screen`);
            assert.ok(await page.locator(main).first().isVisible(), `${view}: ${main} not visible`);
            await page.screenshot({ path: `${OUT}/${view}-${device}-${colorScheme}.png` });
          }
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });
    }
  }
});
