// Runs a Node script (Azurite, a test client) and ends it as soon as the test process that
// started it is gone, killed or cancelled as well as finished: a process whose parent dies is
// handed to another parent, so a changed parent id means nobody will stop it any more.
// Usage: node exit-with-parent.js <script> [arguments...]
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) {
    process.exit(0);
  }
}, 500).unref();

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
import(pathToFileURL(path.resolve(script)).href).catch((error) => {
  console.error(error);
  process.exit(1);
});
