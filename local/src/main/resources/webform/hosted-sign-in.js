'use strict';
// The cloud's sign-in: the identity provider's hosted sign-in with the authorization code flow and
// PKCE (RFC 7636, S256). The page keeps the code verifier and a random state in this tab's session
// storage, sends the user to <signInUrl>/oauth2/authorize, and on the way back checks the state and
// exchanges the code at <signInUrl>/oauth2/token. The access token (which carries the desk's claims)
// is kept in session storage as the local sign-in keeps its token; nothing else is kept.
window.DeskHostedSignIn = (() => {
  const PENDING = 'desk.sign-in';

  function base64url(bytes) {
    let text = '';
    new Uint8Array(bytes).forEach((b) => { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function random(length) {
    return base64url(crypto.getRandomValues(new Uint8Array(length)));
  }

  /** BASE64URL(SHA-256(ASCII(verifier))), RFC 7636 section 4.2. */
  async function challengeOf(verifier) {
    return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  }

  /** Sends the browser to the hosted sign-in, remembering what the way back must match. */
  async function start(config) {
    const verifier = random(32);
    const state = random(16);
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: config.clientId,
      redirect_uri: config.redirectUri,
      scope: 'openid email',
      state,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256',
    });
    window.location.assign(config.signInUrl + '/oauth2/authorize?' + query);
  }

  /** The email of an ID token, for "signed in as"; display only (the API checks the access token). */
  function emailOf(idToken) {
    try {
      const payload = idToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))).email || '';
    } catch (e) {
      return '';
    }
  }

  /**
   * On the way back from the hosted sign-in: null when this is no such return, else the session
   * ({ token, label, expiresAt }) or { error } to show. The code and state leave the address bar.
   */
  async function finish(config) {
    const params = new URLSearchParams(window.location.search);
    if (!params.has('code') && !params.has('error')) return null;
    window.history.replaceState(null, '', window.location.pathname);
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    if (params.has('error')) {
      return { error: 'The sign-in did not succeed: ' + (params.get('error_description') || params.get('error')) };
    }
    if (!pending || params.get('state') !== pending.state) {
      return { error: 'The sign-in could not be completed: it was not started from this page. Please sign in again.' };
    }
    let response;
    try {
      response = await fetch(config.signInUrl + '/oauth2/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: config.clientId,
          code: params.get('code'),
          redirect_uri: config.redirectUri,
          code_verifier: pending.verifier,
        }),
      });
    } catch (e) {
      return { error: 'The sign-in service could not be reached. Please sign in again.' };
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
      return { error: 'The sign-in could not be completed (' + (body.error || response.status) + '). Please sign in again.' };
    }
    return {
      token: body.access_token,
      label: emailOf(body.id_token || ''),
      expiresAt: Date.now() + (Number(body.expires_in) || 3600) * 1000,
    };
  }

  /** Ends the hosted session too, which then returns to the form. */
  function signOut(config) {
    const query = new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri });
    window.location.assign(config.signInUrl + '/logout?' + query);
  }

  return { start, finish, signOut, challengeOf };
})();
