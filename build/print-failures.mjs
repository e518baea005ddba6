// Prints each failed test of the given .trx files with its message and the first lines of its
// stack, so a failing CI run shows why without the whole log (the console logger, kept quiet,
// names a failed test only).
import { readFileSync } from 'node:fs';

const decode = (text) => text
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9A-Fa-f]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/&amp;/g, '&');
const element = (xml, name) => {
  const found = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return found ? decode(found[1]).trim() : '';
};

let failures = 0;
for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, 'utf8');
  for (const result of xml.matchAll(/<UnitTestResult\b([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    if (!/outcome="Failed"/.test(result[1])) continue;
    failures++;
    const name = decode((result[1].match(/testName="([^"]*)"/) ?? [])[1] ?? '(unnamed)');
    const stack = element(result[2] ?? '', 'StackTrace').split('\n').slice(0, 12).join('\n');
    console.log(`\n== FAILED ${name}\n${element(result[2] ?? '', 'Message')}\n${stack}`);
  }
}
if (failures > 0) console.log(`\n== ${failures} failed test(s) above`);
