// Who is signed in. The token lives in sessionStorage (this tab only, gone when it closes), every API call carries it.
// Locally (console.dev-sign-in.enabled) the console mints the demo identities' tokens with the dev key; in production
// the browser signs in with the identity provider: OpenID Connect authorisation code with PKCE (S256), as a public
// client, no secret and no server-side session.

const TOKEN = 'sed.console.token';
const PENDING = 'sed.console.oidc';

function base64url(bytes) {
  let s = '';
  bytes.forEach((b) => { s += String.fromCharCode(b); });
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

function claimsOf(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    return JSON.parse(json);
  } catch (e) {
    return null;
  }
}

/** The current token, or null when none or expired. */
export function token() {
  const t = sessionStorage.getItem(TOKEN);
  if (!t) return null;
  const claims = claimsOf(t);
  if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  return t;
}

/** The caller as the API sees it: { sub, roles, district, department }. */
export function caller() {
  const t = token();
  const c = t ? claimsOf(t) : null;
  if (!c) return null;
  return {
    sub: c.sub || c.upn || c.preferred_username,
    roles: Array.isArray(c.groups) ? c.groups : [],
    district: c.district || null,
    department: c.department || null,
  };
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

/** { devSignIn: boolean, oidc: { issuer, clientId, scope } | null }, from the console's configuration. */
export async function settings() {
  const response = await fetch('/console/settings', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`console settings: HTTP ${response.status}`);
  return response.json();
}

export async function devIdentities() {
  const response = await fetch('/console/dev-sign-in', { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : [];
}

export async function devSignIn(identity) {
  const response = await fetch(`/console/dev-sign-in/${encodeURIComponent(identity)}`, {
    method: 'POST', headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`sign-in: HTTP ${response.status}`);
  sessionStorage.setItem(TOKEN, (await response.json()).token);
}

async function discovery(oidc) {
  const issuer = oidc.issuer.replace(/\/$/, '');
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`identity provider discovery: HTTP ${response.status}`);
  return response.json();
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** Sends the browser to the identity provider (authorisation code + PKCE); it comes back to / with ?code&state. */
export async function startOidc(oidc) {
  const metadata = await discovery(oidc);
  const verifier = randomString(48);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = randomString(24);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: window.location.hash }));
  const u = new URL(metadata.authorization_endpoint);
  u.searchParams.set('response_type', 'code');
  u.searchParams.set('client_id', oidc.clientId);
  u.searchParams.set('redirect_uri', redirectUri());
  u.searchParams.set('scope', oidc.scope || 'openid');
  u.searchParams.set('state', state);
  u.searchParams.set('code_challenge', challenge);
  u.searchParams.set('code_challenge_method', 'S256');
  window.location.assign(u.toString());
}

/** On the way back from the identity provider: exchanges the code for the token. True when it signed in. */
export async function completeOidc(oidc) {
  const params = new URLSearchParams(window.location.search);
  if (!oidc || !params.has('code') || !params.has('state')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', `/${pending?.hash || ''}`);
  if (!pending || pending.state !== params.get('state')) throw new Error('登录状态不匹配，请重新登录');
  const metadata = await discovery(oidc);
  const response = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`登录失败（HTTP ${response.status}）`);
  const answer = await response.json();
  sessionStorage.setItem(TOKEN, answer.access_token);
  return true;
}
