// Launches Debian's Chromium headless with playwright-core, for the browser tests' scripts. Test
// tools cannot download a browser here, so Playwright is pointed at /usr/bin/chromium (or
// CHROMIUM_PATH), with the flags a headless run on a server needs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
