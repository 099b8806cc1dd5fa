// The web chat page: the real botframework-webchat bundle talking to this server's Direct Line endpoint.
// Everything shown outside Web Chat goes through textContent: no article text or server message is ever parsed as HTML.
(function () {
  'use strict';

  var LOCAL_BUNDLE = '/lib/webchat.js';
  var CDN_BUNDLE = 'https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js';
  var statusLine = document.getElementById('chat-status');
  var resultBox = document.getElementById('load-result');
  var store = null;

  function setStatus(text) { statusLine.textContent = text; }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { script.remove(); reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function loadWebChat() {
    return loadScript(LOCAL_BUNDLE).catch(function () { return loadScript(CDN_BUNDLE); });
  }

  async function startChat() {
    await loadWebChat();
    var response = await fetch('/v3/directline/tokens/generate', { method: 'POST' });
    if (!response.ok) { throw new Error('token request failed: ' + response.status); }
    var token = (await response.json()).token;
    var directLine = window.WebChat.createDirectLine({
      token: token,
      domain: location.origin + '/v3/directline',
      webSocket: false
    });
    store = window.WebChat.createStore();
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: (navigator.language || 'en-US').toLowerCase().indexOf('ko') === 0 ? 'ko-KR' : 'en-US',
      styleOptions: { hideUploadButton: true, bubbleMaxWidth: 720, primaryFont: 'system-ui, "Noto Sans CJK KR", sans-serif' }
    }, document.getElementById('webchat'));
    setStatus('');
  }

  function ask(text) {
    if (!store) { return; }
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
  }

  function apiKeyHeaders(headers) {
    var key = sessionStorage.getItem('diplo-api-key');
    if (key) { headers['X-Api-Key'] = key; }
    return headers;
  }

  function describeReport(report) {
    var lines = ['Added ' + report.added + ', updated ' + report.updated + ', unchanged ' + report.unchanged + ', failed ' + report.failed + '.'];
    (report.items || []).forEach(function (item) {
      lines.push(item.status === 'failed'
        ? '✗ ' + item.uri + ' — ' + (item.reason || 'failed')
        : '✓ ' + item.status + ': ' + (item.title || item.documentId || item.uri));
    });
    return lines.join('\n');
  }

  async function sendDocument(makeRequest) {
    resultBox.textContent = 'Loading…';
    try {
      var response = await makeRequest();
      if (response.status === 401) {
        var key = window.prompt('This server needs an API key to load articles:');
        if (key) { sessionStorage.setItem('diplo-api-key', key); response = await makeRequest(); }
      }
      var body = await response.json().catch(function () { return null; });
      if (!response.ok) {
        resultBox.textContent = 'Not loaded: ' + ((body && (body.detail || body.title)) || ('HTTP ' + response.status));
        return;
      }
      resultBox.textContent = describeReport(body);
    } catch (error) {
      resultBox.textContent = 'Not loaded: ' + error.message;
    }
  }

  document.getElementById('samples').addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (button) { ask(button.textContent); }
  });

  document.getElementById('load-url').addEventListener('submit', function (event) {
    event.preventDefault();
    var url = document.getElementById('article-url').value.trim();
    sendDocument(function () {
      return fetch('/api/documents', {
        method: 'POST',
        headers: apiKeyHeaders({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ url: url })
      });
    });
  });

  document.getElementById('load-file').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('article-file');
    if (!input.files || input.files.length === 0) { return; }
    sendDocument(function () {
      var form = new FormData();
      form.append('file', input.files[0]);
      return fetch('/api/documents', { method: 'POST', headers: apiKeyHeaders({}), body: form });
    });
  });

  startChat().catch(function (error) { setStatus('The chat could not start: ' + error.message); });
})();
