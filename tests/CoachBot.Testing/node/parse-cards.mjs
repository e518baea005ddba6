// Parses Adaptive Cards with the adaptivecards package, the renderer Web Chat bundles, the way a
// client does before it draws them, for ../../CoachBot.Tests/Cards/EveryCardTests.cs.
//
//   node parse-cards.mjs <cards.json>    a JSON object: { "<card name>": <card JSON>, ... }
//
// stdout, one JSON line: {"event":"parsed","version":"<newest schema the package knows>",
//   "cards":{"<card name>":{"version":"1.5","warnings":["..."]}}}
// A warning is anything the parser or its property validation reports: an unknown element or
// action type, a bad value, a version the renderer does not know.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
// The browser bundle: the package's own lib/ uses extensionless ES imports Node cannot load.
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

const cards = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = {};
for (const [name, json] of Object.entries(cards)) {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const warnings = [];
  for (let i = 0; i < context.eventCount; i++) {
    warnings.push(context.getEventAt(i).message);
  }
  for (const event of card.validateProperties().validationEvents) {
    warnings.push(event.message);
  }
  results[name] = { version: card.version?.toString() ?? null, warnings };
}
process.stdout.write(JSON.stringify({ event: 'parsed', version: AdaptiveCards.Versions.latest.toString(), cards: results }) + '\n');
