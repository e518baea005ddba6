// Drives the page at / in headless Chromium (Debian's /usr/bin/chromium) with playwright-core,
// for ../WebChatBrowserTests.cs, which starts it with `node` and talks to it a line at a time,
// so a test can play a whole coaching session step by step.
//
//   node webchat-session.mjs <page url> [browser locale, en-US unless given]
//
// stdout, one JSON object a line, answering each command in turn:
//   {"event":"loaded","title":"..","disclaimer":"..","userId":"..","conversationId":".."}
//                                   once the page and Web Chat are up (after start and each reload)
//   {"event":"botMessages","texts":[".."]}                  the coach's messages so far
//   {"event":"clicked","label":"..","kind":"suggested"|"card"} | {"event":"noSuggestedActions"}
//   {"event":"sent","text":"..","status":"..","failed":false}
//   {"event":"screenshot","path":".."}
//   {"event":"timing","firstContentfulPaint":N,"greetingShown":N}
//   {"event":"seen","warnings":[".."],"activities":[{"id":"..","replyToId":"..","fromBot":true,"text":".."}]}
//   {"event":"error","message":".."}                        a command that could not be done
// stdin, one JSON command a line:
//   {"waitForBotMessages":N}        waits until the coach has sent at least N messages
//   {"waitForText":"Halfway"}       waits until a message of the coach contains the text
//   {"clickSuggestedAction":true}   clicks the first suggested-action button, if one is shown
//   {"clickSuggestedAction":"Yes"}  clicks the newest button with exactly that label, a suggested
//                                   action or an Adaptive Card's button (where more than three choices go)
//   {"send":"text"}                 types and sends; answers once the echo came back or it failed
//   {"screenshot":"/path.png"}
//   {"reload":true}                 reloads the page, as a person coming back would
//   {"seen":true}                   the console warnings and errors so far, and every activity Direct Line delivered
//   {"timing":true}                 milliseconds from the page's navigation to its first paint and to the greeting shown
//   {"end":true}
import readline from 'node:readline';
import { launchChromium } from '../../../CoachBot.Testing/node/launch-chromium.mjs';

const [url, locale = 'en-US'] = process.argv.slice(2);
const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');
// A bound for a broken run, not a measurement: Web Chat itself reports a failed send after 20 s.
const PATIENCE = 60_000;

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const SUGGESTED_ACTION = 'button.webchat__suggested-action';
const CARD_BUTTON = '.ac-adaptiveCard button';

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 420, height: 800 }, locale, timezoneId: 'Europe/Berlin' });
page.setDefaultTimeout(PATIENCE);

// When the coach's first message appears, on the page's own clock (milliseconds since navigation).
await page.addInitScript((selector) => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.coachGreetingShown = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}, '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');

async function botTexts() {
  return page.$$eval(BOT_BUBBLES, (nodes) => nodes.map((node) => node.innerText));
}

async function send(text) {
  await page.fill(SEND_BOX, text);
  await page.press(SEND_BOX, 'Enter');
  // Web Chat shows "Sending" under the message until Direct Line echoes it back with an id,
  // and "Send failed" when no echo comes; either way the status stops saying "Sending".
  const status = await page.waitForFunction((sent) => {
    const activities = [...document.querySelectorAll('.webchat__basic-transcript__activity')];
    const mine = activities.filter((activity) =>
      activity.querySelector('.webchat__bubble--from-user') && activity.innerText.includes(sent));
    const last = mine[mine.length - 1];
    const statusText = last && last.querySelector('.webchat__activity-status')?.innerText;
    return statusText && !/sending/i.test(statusText) ? statusText : null;
  }, text, { timeout: PATIENCE });
  const statusText = await status.jsonValue();
  return { event: 'sent', text, status: statusText, failed: /send failed/i.test(statusText) };
}

async function run(command) {
  if (command.waitForBotMessages) {
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length >= count,
      [BOT_BUBBLES, command.waitForBotMessages],
      { timeout: PATIENCE });
    return { event: 'botMessages', texts: await botTexts() };
  }
  if (typeof command.waitForText === 'string') {
    await page.waitForFunction(
      ([selector, text]) => [...document.querySelectorAll(selector)].some((node) => node.innerText.includes(text)),
      [BOT_BUBBLES, command.waitForText],
      { timeout: PATIENCE });
    return { event: 'botMessages', texts: await botTexts() };
  }
  if (typeof command.clickSuggestedAction === 'string') {
    const label = command.clickSuggestedAction;
    const exactly = new RegExp('^\\s*' + label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*$');
    const button = page.locator(`${SUGGESTED_ACTION}, ${CARD_BUTTON}`).filter({ hasText: exactly }).last();
    await button.waitFor({ timeout: PATIENCE });
    const kind = await button.evaluate((node, selector) => (node.matches(selector) ? 'suggested' : 'card'), SUGGESTED_ACTION);
    await button.click();
    return { event: 'clicked', label, kind };
  }
  if (command.clickSuggestedAction) {
    const button = await page.$(SUGGESTED_ACTION);
    if (!button) {
      return { event: 'noSuggestedActions' };
    }
    const label = await button.innerText();
    await button.click();
    return { event: 'clicked', label };
  }
  if (typeof command.send === 'string') {
    return send(command.send);
  }
  if (command.reload) {
    return load(() => page.reload());
  }
  if (command.timing) {
    await page.waitForFunction(() => window.coachGreetingShown !== undefined, null, { timeout: PATIENCE });
    return {
      event: 'timing',
      ...(await page.evaluate(() => ({
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        greetingShown: window.coachGreetingShown,
      }))),
    };
  }
  if (command.seen) {
    return { event: 'seen', warnings, activities };
  }
  if (command.screenshot) {
    // Web Chat scrolls to a new message smoothly; show the newest whole, as a person would see it.
    await page.locator('.webchat__basic-transcript__activity').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: command.screenshot, fullPage: true });
    return { event: 'screenshot', path: command.screenshot };
  }
  return { event: 'error', message: 'unknown command ' + JSON.stringify(command) };
}

// What the browser saw: console warnings (Web Chat says "Timed out while waiting for activity" when
// a message replies to an id it never received, and holds that message back meanwhile) and every
// activity that arrived over the Direct Line web socket or a poll.
const warnings = [];
const activities = [];
page.on('console', (message) => {
  if (message.type() === 'warning' || message.type() === 'error') {
    warnings.push(message.text());
  }
});
function collect(payload) {
  try {
    for (const activity of JSON.parse(payload).activities || []) {
      activities.push({
        id: activity.id,
        replyToId: activity.replyToId || null,
        fromBot: activity.from?.role === 'bot' || activity.from?.id === 'coachbot',
        text: activity.text || '',
      });
    }
  } catch {
    // A keep-alive frame or an empty poll: nothing to record.
  }
}
page.on('websocket', (socket) => socket.on('framereceived', (frame) => collect(frame.payload)));
page.on('response', async (response) => {
  if (response.request().method() === 'GET' && /\/activities/.test(new URL(response.url()).pathname)) {
    collect(await response.text().catch(() => ''));
  }
});

// The conversation Web Chat starts, so the test can send the coach's proactive messages to it.
let conversationId = null;
let userId = null;
page.on('response', async (response) => {
  if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/directline/token') {
    try {
      userId = (await response.json()).userId;
    } catch {
      // Not JSON: the test sees no user id and says so.
    }
  }
  if (response.request().method() === 'POST' && /\/v3\/directline\/conversations$/.test(new URL(response.url()).pathname)) {
    try {
      conversationId = (await response.json()).conversationId;
    } catch {
      // Not JSON: the test sees no conversation id and says so.
    }
  }
});

async function load(navigate) {
  conversationId = null;
  userId = null;
  await navigate();
  await page.waitForSelector(SEND_BOX);
  const started = Date.now();
  while ((!conversationId || !userId) && Date.now() - started < PATIENCE) {
    await page.waitForTimeout(50);
  }
  return {
    event: 'loaded',
    title: await page.title(),
    disclaimer: await page.innerText('#disclaimer'),
    userId,
    conversationId,
  };
}

try {
  print(await load(() => page.goto(url)));
} catch (error) {
  print({ event: 'error', message: String(error && error.message || error) });
}

// Commands run one at a time, in order.
let queue = Promise.resolve();
const commands = readline.createInterface({ input: process.stdin });
commands.on('line', (line) => {
  if (!line.trim()) {
    return;
  }
  const command = JSON.parse(line);
  queue = queue.then(async () => {
    if (command.end) {
      await browser.close();
      process.exit(0);
    }
    try {
      print(await run(command));
    } catch (error) {
      print({ event: 'error', message: String(error && error.message || error) });
    }
  });
});
commands.on('close', () => queue.then(() => browser.close()).then(() => process.exit(0)));
