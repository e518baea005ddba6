// Drives Microsoft 365 Agents Playground (the local Teams emulator) in headless Chromium (Debian's
// /usr/bin/chromium) with playwright-core, for ../AgentsPlaygroundTests.cs, which starts it with
// `node` and talks to it a line at a time, so a test can play a whole session as a Teams user.
//
//   node playground-session.mjs <playground page url>
//
// stdout, one JSON object a line, answering each command in turn:
//   {"event":"loaded"}                                      once the chat's input box is up
//   {"event":"shown","text":".."}                           the chat's text, after a wait
//   {"event":"clicked","label":"..","onCard":true|false}    onCard: the button was on an Adaptive Card
//   {"event":"sent","text":".."}
//   {"event":"images","images":[{"src":"..","alt":"..","loaded":true}]}
//   {"event":"screenshot","path":".."}
//   {"event":"error","message":".."}                        a command that could not be done
// stdin, one JSON command a line:
//   {"waitForText":"Halfway"}     waits until the chat shows the text
//   {"click":"Yes"}               clicks the newest button with exactly that label
//   {"answerOnCard":"Neck"}       finds the button on the newest card and answers as its tap does in
//                                 Teams (an imBack: the button's value as the person's message). The
//                                 Playground (0.2.28) draws msteams imBack buttons but sends nothing
//                                 when they are clicked, so the test types what Teams would send.
//   {"send":"about 3 weeks"}      types into the chat box and presses Enter
//   {"images":true}               the pictures the chat shows, with their alt texts
//   {"screenshot":"/path.png"}    the chat pane only (the Playground's log panel is on the right)
//   {"end":true}
import readline from 'node:readline';
import { launchChromium } from '../../../CoachBot.Testing/node/launch-chromium.mjs';

const [url] = process.argv.slice(2);
const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');
// A bound for a broken run, not a measurement: each step answers in well under a second.
const PATIENCE = 60_000;
const INPUT = '[data-lexical-editor=true]';

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
page.setDefaultTimeout(PATIENCE);

const exactly = (label) => new RegExp('^\\s*' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*$');

async function sendText(text) {
  await page.locator(INPUT).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function run(command) {
  if (typeof command.waitForText === 'string') {
    await page.getByText(command.waitForText, { exact: false }).last().waitFor({ timeout: PATIENCE });
    return { event: 'shown', text: await page.locator('body').innerText() };
  }
  if (typeof command.click === 'string') {
    const button = page.getByRole('button', { name: exactly(command.click) }).last();
    await button.waitFor({ timeout: PATIENCE });
    const onCard = await button.evaluate((node) => !!node.closest('.ac-adaptiveCard'));
    await button.click();
    return { event: 'clicked', label: command.click, onCard };
  }
  if (typeof command.answerOnCard === 'string') {
    const button = page.locator('.ac-adaptiveCard').last().getByRole('button', { name: exactly(command.answerOnCard) });
    await button.waitFor({ timeout: PATIENCE });
    await sendText(command.answerOnCard);
    return { event: 'clicked', label: command.answerOnCard, onCard: true };
  }
  if (typeof command.send === 'string') {
    await sendText(command.send);
    return { event: 'sent', text: command.send };
  }
  if (command.images) {
    const images = await page.$$eval('.ac-adaptiveCard img', (nodes) =>
      nodes.map((node) => ({ src: node.getAttribute('src'), alt: node.getAttribute('alt'), loaded: node.complete && node.naturalWidth > 0 })));
    return { event: 'images', images };
  }
  if (command.screenshot) {
    // Once the pictures have loaded, with the newest card's end (its buttons) in sight.
    await page.waitForFunction(() => [...document.querySelectorAll('.ac-adaptiveCard img')].every((img) => img.complete), null, { timeout: PATIENCE });
    await page.locator('.ac-adaptiveCard').last().evaluate((node) => node.scrollIntoView({ block: 'end' })).catch(() => {});
    await page.screenshot({ path: command.screenshot, clip: { x: 0, y: 48, width: 660, height: 852 } });
    return { event: 'screenshot', path: command.screenshot };
  }
  return { event: 'error', message: 'unknown command ' + JSON.stringify(command) };
}

try {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(INPUT).waitFor({ timeout: PATIENCE });
  print({ event: 'loaded' });
} catch (error) {
  print({ event: 'error', message: String(error?.message || error) });
}

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) {
    continue;
  }
  const command = JSON.parse(line);
  if (command.end) {
    break;
  }
  try {
    print(await run(command));
  } catch (error) {
    print({ event: 'error', message: String(error?.message || error) });
  }
}

await browser.close();
process.exit(0);
