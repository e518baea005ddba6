// Drives the official Direct Line client (npm botframework-directlinejs) against a Direct Line,
// for the xunit tests in ../DirectLineJsClientTests.cs, which start it with `node`.
//
//   node directline-session.mjs <domain> <token> <polling|websocket>
//
// stdout, one JSON object a line:
//   {"event":"request","method":"GET","path":".."}  every HTTP request the client makes
//   {"event":"socket","path":".."}                  every WebSocket it opens
//   {"event":"status","status":"Online"}            connection status changes
//   {"event":"activity","activity":{...}}           every activity the client receives
//   {"event":"posted","clientActivityID":"..","id":".."}   a send the Direct Line accepted
//   {"event":"postFailed","clientActivityID":"..","error":".."}
// stdin, one JSON command a line:
//   {"send":"text","clientActivityID":"..."}        sends a message as the token's user
//   {"join":"en-US"}                                sends the page's join event with that locale
//   {"end":true}                                    ends the conversation and exits
import { createRequire } from 'node:module';
import readline from 'node:readline';

const require = createRequire(import.meta.url);

const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');

// Node 20 has neither XMLHttpRequest (used by the client's rxjs ajax) nor a global WebSocket.
// Both are wrapped to report what the client does, so a test can tell polling from streaming.
const XMLHttpRequest = require('xhr2');
const NodeWebSocket = require('ws');

class ReportingXMLHttpRequest extends XMLHttpRequest {
  open(method, url, ...rest) {
    print({ event: 'request', method, path: new URL(url).pathname });
    return super.open(method, url, ...rest);
  }
}

class ReportingWebSocket extends NodeWebSocket {
  constructor(url, ...rest) {
    super(url, ...rest);
    print({ event: 'socket', path: new URL(url).pathname });
  }
}

globalThis.XMLHttpRequest = ReportingXMLHttpRequest;
globalThis.WebSocket = ReportingWebSocket;

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [domain, token, mode] = process.argv.slice(2);
if (!domain || !token || !['polling', 'websocket'].includes(mode)) {
  console.error('usage: node directline-session.mjs <domain> <token> <polling|websocket>');
  process.exit(2);
}

const directLine = new DirectLine({
  domain,
  token,
  webSocket: mode === 'websocket',
  // The lower bound the client allows; keeps the polling run quick.
  pollingInterval: 200,
});

directLine.connectionStatus$.subscribe((status) => print({ event: 'status', status: ConnectionStatus[status] }));
directLine.activity$.subscribe(
  (activity) => print({ event: 'activity', activity }),
  (error) => print({ event: 'error', error: String(error && error.message || error) }),
);

const commands = readline.createInterface({ input: process.stdin });
commands.on('line', (line) => {
  if (!line.trim()) {
    return;
  }

  const command = JSON.parse(line);
  if (command.end) {
    directLine.end();
    process.exit(0);
  }

  if (typeof command.join === 'string') {
    // What the coach's page sends once connected: the greeting waits for the browser's locale.
    directLine
      .postActivity({ type: 'event', name: 'webchat/join', from: { id: 'ignored-the-token-decides' }, locale: command.join, value: { locale: command.join } })
      .subscribe(
        (id) => print({ event: 'joined', id }),
        (error) => print({ event: 'error', error: String(error && error.status || error) }),
      );
  }

  if (typeof command.send === 'string') {
    directLine
      .postActivity({
        type: 'message',
        from: { id: 'ignored-the-token-decides' },
        text: command.send,
        locale: 'en-US',
        channelData: { clientActivityID: command.clientActivityID },
      })
      .subscribe(
        (id) => print(id === 'retry'
          ? { event: 'postFailed', clientActivityID: command.clientActivityID, error: 'retry' }
          : { event: 'posted', clientActivityID: command.clientActivityID, id }),
        (error) => print({ event: 'postFailed', clientActivityID: command.clientActivityID, error: String(error && error.status || error) }),
      );
  }
});
commands.on('close', () => process.exit(0));
