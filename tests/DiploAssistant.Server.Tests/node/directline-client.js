// Drives the real botframework-directlinejs client against the server: start a conversation, post a question,
// print the bot's answer to it as JSON on stdout. Usage: node directline-client.js BASE_URL QUESTION
'use strict';
global.XMLHttpRequest = require('xhr2');
// Node 20 has no WebSocket; directlinejs touches the name even when polling (webSocket: false).
if (typeof global.WebSocket === 'undefined') { global.WebSocket = function WebSocketUnavailable() { throw new Error('WebSocket is not used by this test'); }; }
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, question] = process.argv.slice(2);
const fail = (code, message) => { console.error(message); process.exit(code); };
setTimeout(() => fail(2, 'timed out waiting for the answer'), 30000).unref();

(async () => {
  const generated = await fetch(new URL('v3/directline/tokens/generate', baseUrl), { method: 'POST' });
  if (!generated.ok) { fail(3, 'token request failed: ' + generated.status); }
  const { token } = await generated.json();

  const directLine = new DirectLine({ token, domain: new URL('v3/directline', baseUrl).href, webSocket: false, pollingInterval: 200 });
  const seen = [];
  let postedId = null;
  const finishIfAnswered = () => {
    const answer = seen.find(a => a.type === 'message' && a.from && a.from.role === 'bot' && postedId && a.replyToId === postedId);
    if (answer) {
      const echo = seen.find(a => a.id === postedId);
      console.log(JSON.stringify({ postedId, echo, answer, status: directLine.connectionStatus$.value === ConnectionStatus.Online ? 'online' : 'other' }));
      directLine.end();
      process.exit(0);
    }
  };

  directLine.activity$.subscribe(activity => { seen.push(activity); finishIfAnswered(); }, error => fail(4, 'activity stream failed: ' + error));
  directLine.postActivity({ type: 'message', from: { id: 'dl_node', name: 'Node client' }, text: question })
    .subscribe(id => { postedId = id; finishIfAnswered(); }, error => fail(5, 'post failed: ' + error));
})().catch(error => fail(6, String(error)));
