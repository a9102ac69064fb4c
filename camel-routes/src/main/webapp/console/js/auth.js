// Staff sign-in at the hub's identity provider: OpenID Connect authorization code with PKCE (S256), in the
// browser, with the public client the hub names (GET ../api/v1/console/config). The tokens stay in this tab's
// sessionStorage only; the roles shown come from the access token's realm roles (the hub checks them again).
const KEY = 'kyc.console.';
const store = {
  get: (k) => JSON.parse(sessionStorage.getItem(KEY + k) ?? 'null'),
  set: (k, v) => sessionStorage.setItem(KEY + k, JSON.stringify(v)),
  drop: (k) => sessionStorage.removeItem(KEY + k),
};

export const ROLES = ['reviewer', 'senior-reviewer', 'auditor', 'admin'];

function base64url(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(n) {
  return base64url(crypto.getRandomValues(new Uint8Array(n)));
}

/** The payload of a JWT, unverified: only for what to show; the hub verifies the token on every call. */
export function claims(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const text = new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)));
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function json(url, init) {
  const r = await fetch(url, { cache: 'no-store', credentials: 'omit', ...init });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/** The issuer's endpoints, from its discovery document, else a Keycloak realm's own paths. */
async function endpoints() {
  let known = store.get('endpoints');
  if (known) return known;
  const config = await json(new URL('../api/v1/console/config', document.baseURI).href, { headers: { Accept: 'application/json' } });
  const issuer = config.issuer.replace(/\/+$/, '');
  let found;
  try {
    found = await json(`${issuer}/.well-known/openid-configuration`);
  } catch (e) {
    found = {};
  }
  known = {
    clientId: config.clientId,
    authorize: found.authorization_endpoint || `${issuer}/protocol/openid-connect/auth`,
    token: found.token_endpoint || `${issuer}/protocol/openid-connect/token`,
    logout: found.end_session_endpoint || `${issuer}/protocol/openid-connect/logout`,
  };
  store.set('endpoints', known);
  return known;
}

/** Leaves for the identity provider's sign-in page; it comes back to this page with a code. */
export async function signIn(language, returnTo) {
  const ep = await endpoints();
  const verifier = randomText(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomText(16);
  store.set('pkce', { verifier, state, returnTo: returnTo || '' });
  const q = new URLSearchParams({ response_type: 'code', client_id: ep.clientId, redirect_uri: redirectUri(),
    scope: 'openid', state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: language });
  location.assign(`${ep.authorize}?${q}`);
}

/**
 * Back from the identity provider (?code=&state=): the code exchanged with the verifier for tokens, the address
 * bar cleaned. Returns the route to go on with, or null when this load is not such a return.
 */
export async function completeSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return null;
  const pending = store.get('pkce');
  store.drop('pkce');
  history.replaceState(null, '', redirectUri());
  if (params.has('error') || !pending || pending.state !== params.get('state')) {
    throw new Error('sign-in refused');
  }
  const ep = await endpoints();
  const tokens = await json(ep.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: ep.clientId, code_verifier: pending.verifier }),
  });
  store.set('tokens', { access: tokens.access_token, id: tokens.id_token || null });
  return pending.returnTo || '#/';
}

/** The signed-in member of staff (name, roles), or null when nobody is or the token has expired. */
export function session() {
  const tokens = store.get('tokens');
  const c = tokens && claims(tokens.access);
  if (!c || (c.exp && c.exp * 1000 <= Date.now())) return null;
  const roles = (c.realm_access?.roles || []).filter((r) => ROLES.includes(r));
  return { name: c.preferred_username || c.sub, roles, token: tokens.access, expiresAt: c.exp ? c.exp * 1000 : null };
}

/** Forgets the tokens and ends the session at the identity provider, which sends the browser back here. */
export async function signOut() {
  const tokens = store.get('tokens');
  store.drop('tokens');
  let ep = null;
  try {
    ep = await endpoints();
  } catch (e) {
    ep = null;
  }
  if (!ep) {
    location.reload();
    return;
  }
  const q = new URLSearchParams({ client_id: ep.clientId, post_logout_redirect_uri: redirectUri() });
  if (tokens?.id) q.set('id_token_hint', tokens.id);
  location.assign(`${ep.logout}?${q}`);
}

/** What a role may do on the console; the hub enforces the same on every call. */
export function can(s, what) {
  const has = (...r) => !!s && r.some((x) => s.roles.includes(x));
  switch (what) {
    case 'readCases': return has('reviewer', 'senior-reviewer', 'auditor');
    case 'decide': return has('reviewer', 'senior-reviewer');
    case 'dashboard': return has('admin', 'auditor', 'senior-reviewer');
    default: return false;
  }
}
