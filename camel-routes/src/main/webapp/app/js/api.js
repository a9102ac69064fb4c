// The hub's customer steps under /kyc/api/v1/capture/, with the capture token (X-Capture-Token) and the
// customer's language (Accept-Language: the hub localizes its reason messages).
const BASE = new URL('../api/v1/capture/', document.baseURI).pathname;
const TOKEN_KEY = 'kyc.captureToken';
const DEVICE_KEY = 'kyc.device';

export class HubError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

export async function call(method, path, body, lang) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang };
  const t = token.get();
  if (t) {
    headers['X-Capture-Token'] = t;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (path === 'selfie') {
    // the hub's liveness lock-out counts per device too: this browser's random id, nothing about the customer
    headers['X-Capture-Device'] = deviceId();
  }
  let r;
  try {
    r = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new HubError(0, 'NETWORK', null);
  }
  let json = null;
  try {
    json = await r.json();
  } catch (e) {
    json = null;
  }
  if (!r.ok) {
    throw new HubError(r.status, json?.code, json?.message, Number(r.headers.get('Retry-After')) || null);
  }
  return json;
}

/** The kind of device the page runs on, for the funnel: the narrow side of the screen and the pointer. */
export function deviceClass() {
  const narrow = Math.min(window.screen?.width || window.innerWidth, window.innerWidth);
  if (narrow < 600) return 'PHONE';
  if (matchMedia('(pointer: coarse)').matches) return 'TABLET';
  return 'DESKTOP';
}

/**
 * #18 A funnel event to the hub (POST events, 202): a step shown, left, resumed or failed, with the language,
 * the device class and the hub's reason code of a failure. Fire and forget: keepalive so that it survives the
 * page going away (sendBeacon cannot send the capture token header); a failure never reaches the customer.
 */
export function report(step, event, lang, reason) {
  const t = token.get();
  if (!t || !step) return;
  try {
    fetch(BASE + 'events', { method: 'POST', keepalive: true, credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, 'X-Capture-Token': t },
      body: JSON.stringify({ step, event, language: lang, deviceClass: deviceClass(), reason: reason || null }) })
      .catch(() => {});
  } catch (e) {
    // nothing: the customer's flow goes on
  }
}
