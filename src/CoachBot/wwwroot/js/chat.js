// Connects the official Web Chat to the coach.
//
// The page asks this host for a Direct Line token (POST api/directline/token): in Development the
// host answers with a token for its local Direct Line, in production it exchanges its Azure Direct
// Line secret for one server-side, so no secret ever reaches the browser. The user id is kept in
// localStorage and embedded in the token, so a person who comes back keeps their program, and
// nobody can speak as someone else. Web Chat itself sends the locale and the time zone with every
// message.
(function () {
  'use strict';

  var USER_ID_KEY = 'coachbot.userId';
  // "dl_" marks ids that a Direct Line token vouches for.
  var USER_ID_PATTERN = /^dl_[A-Za-z0-9_-]{16,64}$/;
  var status = document.getElementById('status');

  function randomUserId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'dl_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function userId() {
    var id = null;
    try {
      id = window.localStorage.getItem(USER_ID_KEY);
    } catch (e) {
      // Storage can be blocked (private modes); the person then starts fresh each visit.
    }
    if (!id || !USER_ID_PATTERN.test(id)) {
      id = randomUserId();
      try { window.localStorage.setItem(USER_ID_KEY, id); } catch (e) { /* see above */ }
    }
    return id;
  }

  function fetchToken(id) {
    return fetch('api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: id } }),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('Token request failed with ' + response.status);
      }
      return response.json();
    });
  }

  function start() {
    if (!window.WebChat) {
      status.textContent = 'The chat could not load. Please reload the page.';
      return;
    }

    fetchToken(userId()).then(function (grant) {
      var directLine = window.WebChat.createDirectLine({ token: grant.token, domain: grant.domain });
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: navigator.language || 'en-US',
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
      status.textContent = 'The coach is not reachable right now. Please try again in a moment.';
    });
  }

  start();
}());
