#!/usr/bin/env node
// Validates a Teams app manifest against the official JSON schema of the version it declares,
// offline: the schemas ship in the npm package @microsoft/app-manifest
// (build/json-schemas/teams/v<manifestVersion>/MicrosoftTeams.schema.json). The
// @microsoft/teams-manifest tooling downloads schemas at run time, which this does not need.
//
//   node deploy/teams/validate.mjs [manifest.json] [--packaged]
//
// Placeholders such as ${{BOT_ID}} are filled with sample values before validating, so the
// committed template can be checked as it is; --packaged refuses any left-over placeholder
// (package.sh uses it on the filled-in copy). Icons named by the manifest must exist next to it
// and be PNGs of the sizes Teams requires.
//
// Exit codes: 0 valid, 1 invalid (each problem on stderr, naming the field), 2 usage or I/O.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
// Resolve packages from the repository's node_modules, wherever this is started from.
const require = createRequire(join(repoRoot, 'package.json'));

// The Teams schemas declare draft-04; ajv-draft-04 is Ajv 8 for that dialect.
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

// Sample values that satisfy the schema; the real ones are filled in by package.sh.
const SAMPLE_VALUES = {
  BOT_ID: '00000000-0000-0000-0000-000000000000',
  BOT_DOMAIN: 'coachbot.example.com',
};
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

// Sizes Teams requires for the icons (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };

function fail(message) {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const packaged = args.includes('--packaged');
const positional = args.filter((a) => !a.startsWith('--'));
if (positional.length > 1) {
  fail('usage: node deploy/teams/validate.mjs [manifest.json] [--packaged]');
}
const manifestPath = resolve(positional[0] ?? join(here, 'manifest.json'));

let text;
try {
  text = readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, '');
} catch (e) {
  fail(`cannot read ${manifestPath}: ${e.message}`);
}

const problems = [];
const leftOver = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
if (packaged && leftOver.length > 0) {
  problems.push(`placeholders not filled in: ${leftOver.map((n) => '${{' + n + '}}').join(', ')}`);
}
const unknown = leftOver.filter((n) => !(n in SAMPLE_VALUES));
if (unknown.length > 0) {
  problems.push(`unknown placeholders: ${unknown.join(', ')}`);
}
const filled = text.replace(PLACEHOLDER, (whole, name) => SAMPLE_VALUES[name] ?? whole);

let manifest;
try {
  manifest = JSON.parse(filled);
} catch (e) {
  console.error(`${manifestPath}: not valid JSON: ${e.message}`);
  process.exit(1);
}

const version = manifest?.manifestVersion;
const schemaRoot = join(repoRoot, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
if (!existsSync(schemaRoot)) {
  fail(`the offline Teams schemas are missing (${schemaRoot}); run npm ci at the repository root`);
}
const schemaPath = typeof version === 'string' && /^\d+\.\d+$/.test(version)
  ? join(schemaRoot, `v${version}`, 'MicrosoftTeams.schema.json')
  : null;
if (!schemaPath || !existsSync(schemaPath)) {
  console.error(`/manifestVersion: ${JSON.stringify(version)} is not a Teams manifest version with an offline schema in @microsoft/app-manifest`);
  process.exit(1);
}

// The $schema URL, when present, must name the same version as manifestVersion.
if (typeof manifest.$schema === 'string' && !manifest.$schema.includes(`/v${version}/`)) {
  problems.push(`/$schema: ${manifest.$schema} does not match manifestVersion ${version}`);
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// strict: false because the official schemas carry keywords Ajv's strict mode rejects
// (descriptions next to $ref, unknown formats in some versions); validation itself is unchanged.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors) {
    const where = error.instancePath || '/';
    const detail = error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : '';
    problems.push(`${where}: ${error.message}${detail}`);
  }
}

// Teams requires the app's version to be semver (MAJOR.MINOR.PATCH); some schema versions only
// say "string", so check it with the schema's own semver definition.
const semver = schema.definitions?.semver?.pattern ?? '^\\d+\\.\\d+\\.\\d+$';
if (typeof manifest.version === 'string' && !new RegExp(semver).test(manifest.version)) {
  problems.push(`/version: ${JSON.stringify(manifest.version)} must be a semantic version such as 1.0.0`);
}

// Icons: present beside the manifest, PNG, the right size.
const folder = dirname(manifestPath);
for (const [name, size] of Object.entries(ICON_SIZES)) {
  const file = manifest.icons?.[name];
  if (typeof file !== 'string') continue;
  const iconPath = join(folder, file);
  if (!existsSync(iconPath)) {
    problems.push(`/icons/${name}: ${file} does not exist next to the manifest`);
    continue;
  }
  const png = readFileSync(iconPath);
  const isPng = png.length >= 24 && png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    && png.subarray(12, 16).toString('latin1') === 'IHDR';
  if (!isPng) {
    problems.push(`/icons/${name}: ${file} is not a PNG`);
    continue;
  }
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== size || height !== size) {
    problems.push(`/icons/${name}: ${file} is ${width}x${height}, Teams requires ${size}x${size}`);
  }
}

if (problems.length > 0) {
  console.error(`${manifestPath} is not a valid Teams manifest v${version}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
const note = leftOver.length > 0 && !packaged ? ` (placeholders ${leftOver.join(', ')} filled with sample values)` : '';
console.log(`${manifestPath}: valid against the Teams manifest schema v${version}${note}`);
