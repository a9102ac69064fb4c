// The hub's staff operations under /kyc/api/v1/, with the signed-in member's bearer token and the console's
// language (Accept-Language: the hub localizes its refusal messages and reason labels).
import { session } from './auth.js';
import { t } from '../../app/js/i18n.js';

const BASE = new URL('../api/v1/', document.baseURI).pathname;

export class HubError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.hubMessage = message || null;
  }
}

/** What to tell the member of staff about a failed call: the hub's own message when it gave one. */
export function describe(e) {
  if (e instanceof HubError) {
    if (e.status === 401) return t('error.expired');
    if (e.status === 0) return t('error.network');
    if (e.hubMessage) return e.hubMessage;
  }
  return t('error.generic');
}

function headers(lang, accept, body) {
  const h = { Accept: accept, 'Accept-Language': lang };
  const s = session();
  if (s) h.Authorization = `Bearer ${s.token}`;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  return h;
}

async function send(method, path, body, lang, accept) {
  let r;
  try {
    r = await fetch(BASE + path, { method, headers: headers(lang, accept, body), credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new HubError(0, 'NETWORK', null);
  }
  if (!r.ok) {
    let json = null;
    try {
      json = await r.json();
    } catch (e) {
      json = null;
    }
    throw new HubError(r.status, json?.code, json?.message);
  }
  return r;
}

/** A JSON call: the answer's JSON, null for 204; a refusal as HubError with the hub's code and message. */
export async function call(method, path, body, lang) {
  const r = await send(method, path, body, lang, 'application/json');
  return r.status === 204 ? null : r.json();
}

/** A file the hub serves to signed-in staff only: fetched with the token and saved under {@code name}. */
export async function download(path, name, lang) {
  const r = await send('GET', path, undefined, lang, 'text/csv');
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A query string of the values that are set. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== '' && v != null) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
