// Connects the official Web Chat to the coach.
//
// The page asks this host for a Direct Line token (POST api/directline/token): in Development the
// host answers with a token for its local Direct Line, in production it exchanges its Azure Direct
// Line secret for one server-side, so no secret ever reaches the browser. With the token comes a
// signed identity, kept in localStorage and sent back next time: only the host can make one, so a
// person who comes back keeps their program and nobody can speak as someone else by naming their
// id. Web Chat itself sends the locale and the time zone with every message; the page also sends
// them in a "webchat/join" event as soon as Direct Line connects, because Direct Line's own
// conversationUpdate carries no locale and the coach greets in the person's language.
(function () {
  'use strict';

  var IDENTITY_KEY = 'coachbot.identity';
  // Before identities were signed the page kept a bare id; it proves nothing, so it is dropped.
  var OLD_USER_ID_KEY = 'coachbot.userId';
  var status = document.getElementById('status');

  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      // Storage can be blocked (private modes); the person then starts fresh each visit.
      return null;
    }
  }

  function keep(identity) {
    try {
      window.localStorage.setItem(IDENTITY_KEY, identity);
      window.localStorage.removeItem(OLD_USER_ID_KEY);
    } catch (e) {
      // See read().
    }
  }

  function fetchToken() {
    var identity = read(IDENTITY_KEY);
    return fetch('api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(identity ? { identity: identity } : {}),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('Token request failed with ' + response.status);
      }
      return response.json();
    }).then(function (grant) {
      if (grant.identity) {
        keep(grant.identity);
      }
      return grant;
    });
  }

  function start() {
    if (!window.WebChat) {
      status.textContent = status.dataset.loadFailed;
      return;
    }

    fetchToken().then(function (grant) {
      var directLine = window.WebChat.createDirectLine({ token: grant.token, domain: grant.domain });
      var locale = navigator.language || 'en-US';
      var store = window.WebChat.createStore({}, function (chat) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              chat.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
            }
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: locale,
        styleOptions: {
          accent: '#2f6f5e',
          botAvatarInitials: 'CB',
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          sendBoxTextWrap: true
        }
      }, document.getElementById('webchat'));
      status.textContent = '';
    }).catch(function () {
      status.textContent = status.dataset.unreachable;
    });
  }

  start();
}());
