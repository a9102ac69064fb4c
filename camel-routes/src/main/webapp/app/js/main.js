// The customer's capture flow: language and welcome, consent, document, liveness, done; every refusal
// with the hub's reason and a retry of that step only, a person after three failures, resume after a
// refresh from where the case stands, and the hand-off to a phone by QR code.
import { call, token, HubError, report } from './api.js';
import { t, has, setLanguage, language, preferredLanguage } from './i18n.js';
import { measure, classify } from './quality.js';
import * as camera from './camera.js';
import * as qr from './qr.js';

const STEPS = ['consent', 'document', 'liveness', 'done'];
const DOCUMENT_ASPECT = { PASSPORT_TD3: 125 / 88 };
const CARD_ASPECT = 85.6 / 54;
const WITH_BACK = ['ALIEN_REGISTRATION_CARD', 'OVERSEAS_KOREAN_RESIDENCE_CARD'];
const DOCUMENT_TYPES = ['PASSPORT_TD3', 'ALIEN_REGISTRATION_CARD', 'OVERSEAS_KOREAN_RESIDENCE_CARD', 'ID_CARD_TD1',
  'DRIVER_LICENCE'];
const GOOD_FOR_MS = 1000;
const SPEECH_LANG = { ko: 'ko-KR', en: 'en-US', zh: 'zh-CN', vi: 'vi-VN' };
// REVIEW: the passive score was uncertain; a person looks, the customer's step is done
/** Most frames the hub takes in one liveness check (camel-routes FaceCheckFlow.MAX_FRAMES). */
const MAX_LIVENESS_FRAMES = 30;
const LIVENESS_DONE = ['PASSED', 'REVIEW'];
const DOCUMENT_USABLE = ['ACCEPTED', 'REVIEW'];

let config = { noticeVersion: 'face-2026-01', templateRetentionDays: 30, helpPhone: '1588-0000', maxAttempts: 3 };
let screen = null; // { redraw, cleanup }
const main = document.getElementById('screen');
const store = {
  get: (k, d) => JSON.parse(sessionStorage.getItem('kyc.' + k) ?? 'null') ?? d,
  set: (k, v) => sessionStorage.setItem('kyc.' + k, JSON.stringify(v)),
};

/** An element with attributes (on* as listeners) and children (strings become text). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Appends the children that are there (null and false are left out). */
function add(parent, ...children) {
  parent.append(...children.flat().filter((c) => c != null && c !== false));
}

function announce(text) {
  const live = document.getElementById('announce');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

// ---- #18 funnel events: the step the customer is on, reported once when entered (SHOWN), when a reload
// or another device resumes it (RESUME), when the hub refuses it (FAILED) and when the page goes away (EXIT)

/** The funnel step of a screen: the step, or help and hand-off, which are steps of their own. */
function funnelStep(step, name) {
  if (name === 'help' || name === 'handoff') return name;
  return STEPS.includes(step) ? step : null;
}

function enterStep(step, event) {
  store.set('funnelStep', step);
  report(step, event, language());
}

/** Shows a screen: the step indicator, the content, the focus on its heading; language changes redraw it. */
function show(step, name, build) {
  screen?.cleanup?.();
  const funnel = funnelStep(step, name);
  if (funnel && funnel !== store.get('funnelStep', null)) enterStep(funnel, 'SHOWN');
  const cleanups = [];
  const draw = () => {
    document.querySelectorAll('#steps li').forEach((li) => {
      const i = STEPS.indexOf(li.dataset.step);
      const at = STEPS.indexOf(step);
      li.classList.toggle('done', at > i || step === 'done');
      if (li.dataset.step === step) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
    main.replaceChildren();
    main.dataset.screen = name;
    performance.mark(`kyc-screen-${name}`);
    build(main, (fn) => cleanups.push(fn));
    const title = main.querySelector('h2');
    if (title) {
      title.id = 'screen-title';
      title.tabIndex = -1;
      title.focus();
      announce(title.textContent);
    }
  };
  screen = { redraw: () => { cleanups.splice(0).forEach((fn) => fn()); draw(); },
    cleanup: () => cleanups.splice(0).forEach((fn) => fn()) };
  draw();
}

function actions(...buttons) {
  return h('div', { class: 'actions' }, ...buttons);
}

// ---- failures: the hub's reason, retry of that step only, a person after three

function failures() {
  return store.get('failures', {});
}

function refused(step, reasons, retry) {
  report(step, 'FAILED', language(), reasons.find((r) => r.code)?.code);
  const counts = failures();
  counts[step] = (counts[step] || 0) + 1;
  store.set('failures', counts);
  if (counts[step] >= config.maxAttempts) {
    helpByPerson(step);
    return;
  }
  const stepName = step === 'consent' ? 'consent' : step;
  show(stepName, `refusal-${step}`, (m) => add(m, 
    h('h2', {}, t('refusal.title')),
    h('div', { class: 'refusal', role: 'alert' },
      h('p', {}, h('strong', {}, t('refusal.what'))),
      h('ul', { id: 'reasons' }, reasons.map((r) => h('li', { 'data-code': r.code || '' }, r.message || t('error.generic'))))),
    h('p', {}, t('refusal.attempt', counts[step], config.maxAttempts)),
    actions(h('button', { id: 'retry', onclick: retry }, t('refusal.retry')))));
}

function helpByPerson(step) {
  show(step, 'help', (m) => {
    const reference = store.get('caseId', '').slice(0, 8).toUpperCase();
    const answer = h('p', { id: 'video-request', 'aria-live': 'polite' });
    add(m, 
      h('h2', {}, t('help.title')),
      h('div', { class: 'help' },
        h('p', {}, t('help.text')),
        h('p', { class: 'tel' }, h('a', { href: `tel:${config.helpPhone}`, id: 'call' }, t('help.call', config.helpPhone)))),
      actions(h('button', { id: 'video-call', class: 'secondary',
        onclick: () => { answer.textContent = t('help.video.sent', config.helpPhone, reference); } }, t('help.video'))),
      answer);
  });
}

/** A call's failure: the session gone, too many tries, or the hub's refusal of this step. */
function failed(step, error, retry) {
  if (!(error instanceof HubError)) {
    console.error(error);
    refused(step, [{ message: t('error.generic') }], retry);
  } else if (error.status === 401 && error.code === 'CAPTURE_TOKEN_INVALID') {
    token.clear();
    redeemForm(error.message || t('error.session'));
  } else if (error.status === 429) {
    report(step, 'FAILED', language(), error.code || 'RATE_LIMITED');
    show(step, 'rate-limited', (m) => add(m, h('h2', {}, t('refusal.title')),
      h('p', { role: 'alert' }, error.message || t('rate.wait', error.retryAfter || 60)),
      actions(h('button', { id: 'retry', onclick: retry }, t('refusal.retry')))));
  } else if (error.status === 0) {
    refused(step, [{ code: 'NETWORK', message: t('error.network') }], retry);
  } else {
    refused(step, [{ code: error.code, message: error.message }], retry);
  }
}

// ---- screens

function welcome() {
  show(null, 'welcome', (m) => add(m, 
    h('h2', {}, t('welcome.title')),
    h('p', {}, t('welcome.text')),
    h('p', {}, t('welcome.need')),
    actions(
      h('button', { id: 'start', onclick: consent }, t('welcome.start')),
      matchMedia('(pointer: coarse)').matches ? null
        : h('button', { id: 'to-phone', class: 'secondary', onclick: handOff }, t('welcome.phone')))));
}

function consent() {
  show('consent', 'consent', (m) => {
    const agree = h('button', { id: 'agree', disabled: true, onclick: async () => {
      agree.disabled = true;
      try {
        await call('POST', 'consent', { noticeVersion: config.noticeVersion, language: language(),
          templateRetentionDays: config.templateRetentionDays }, language());
        documentType();
      } catch (e) {
        failed('consent', e, consent);
      }
    } }, t('consent.agree'));
    const box = h('input', { type: 'checkbox', id: 'consent-check', onchange: () => { agree.disabled = !box.checked; } });
    add(m, 
      h('h2', {}, t('consent.title')),
      h('div', { class: 'notice' },
        h('p', {}, t('consent.intro')),
        h('h3', {}, t('consent.purpose.h')), h('p', {}, t('consent.purpose')),
        h('h3', {}, t('consent.kept.h')), h('p', {}, t('consent.kept')),
        h('h3', {}, t('consent.rights.h')), h('p', {}, t('consent.rights', config.helpPhone))),
      h('div', { class: 'check' }, box, h('label', { for: 'consent-check' }, t('consent.check'))),
      actions(agree, h('button', { id: 'refuse', class: 'secondary', onclick: consentRefused }, t('consent.refuse'))));
  });
}

/**
 * The customer said no: the refusal goes to the hub, which records it and closes the case (#18); the end is shown
 * only once the hub answered, and an error with a way to send it again when it did not.
 */
async function consentRefused() {
  show('consent', 'consent-refusing', (m) => add(m, h('h2', {}, t('refused.title')),
    h('p', { role: 'status' }, t('refused.sending'))));
  try {
    await call('POST', 'consent/refusal', { noticeVersion: config.noticeVersion, language: language() }, language());
  } catch (e) {
    if (e instanceof HubError && e.status === 401) {
      failed('consent', e, consentRefused);
      return;
    }
    const hubSays = e instanceof HubError && e.status !== 0 && e.message ? e.message : null;
    report('consent', 'FAILED', language(), e instanceof HubError ? e.code : null);
    show('consent', 'consent-refusal-failed', (m) => add(m, h('h2', {}, t('refused.title')),
      h('p', { role: 'alert', id: 'refusal-error', 'data-code': e?.code || '' }, hubSays || t('refused.failed')),
      hubSays ? h('p', {}, t('refused.failed')) : null,
      actions(h('button', { id: 'refuse-again', onclick: consentRefused }, t('refused.again')),
        h('button', { id: 'back-to-consent', class: 'secondary', onclick: consent }, t('refusal.retry')))));
    return;
  }
  consentRefusedScreen();
}

/** The end after a refusal the hub recorded: nothing more to do here. */
function consentRefusedScreen() {
  show('consent', 'consent-refused', (m) => add(m,
    h('h2', {}, t('refused.title')),
    h('p', { role: 'status' }, t('refused.closed')),
    h('p', {}, t('refused.text', config.helpPhone))));
}

function documentType() {
  show('document', 'document-type', (m) => {
    const chosen = store.get('documentType', 'PASSPORT_TD3');
    const form = h('form', { onsubmit: (e) => {
      e.preventDefault();
      const type = new FormData(form).get('type');
      store.set('documentType', type);
      documentCapture(type, 'front', null);
    } },
    h('fieldset', { class: 'choices' }, h('legend', {}, t('doctype.legend')),
      DOCUMENT_TYPES.map((type) => h('label', {}, h('input', { type: 'radio', name: 'type', value: type, id: `type-${type}`,
        checked: type === chosen }), t(`doctype.${type}`)))),
    actions(h('button', { id: 'next', type: 'submit' }, t('doctype.next'))));
    add(m, h('h2', {}, t('doctype.title')), form);
  });
}

// state icons as inline SVG (no icon font: every machine draws them the same); the text beside says it too
const svg = (body) => `<svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
const STATE_ICON = {
  starting: svg('<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>'),
  searching: svg('<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>'),
  far: svg('<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>'),
  dark: svg('<path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z"/>'),
  glare: svg('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),
  blurred: svg('<path d="M3 8c3-2 6 2 9 0s6-2 9 0M3 13c3-2 6 2 9 0s6-2 9 0M3 18c3-2 6 2 9 0s6-2 9 0"/>'),
  hold: svg('<circle cx="12" cy="12" r="9"/><path d="m8 12.5 3 3 5-6"/>'),
  captured: svg('<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="m7.5 12.5 3 3 6-7" stroke="#fff"/>'),
  warning: svg('<path d="M12 3 2 21h20L12 3z"/><path d="M12 10v5M12 18v.5"/>'),
};

/**
 * One side of the document, by camera (automatic once the frame is good for a second) or from a file; a file on
 * either side makes the capture an UPLOAD for the hub (#18: a person looks at it).
 */
function documentCapture(type, side, front, frontMode = null) {
  show('document', `document-${side}`, (m, onCleanup) => {
    const video = h('video', { autoplay: true, muted: true, playsinline: true, 'aria-hidden': 'true' });
    const outline = h('div', { class: 'outline' });
    outline.style.aspectRatio = String((DOCUMENT_ASPECT[type] ?? CARD_ASPECT).toFixed(3));
    const icon = h('span', { class: 'icon', 'aria-hidden': 'true' });
    const text = h('span', { id: 'doc-state-text' });
    const state = h('div', { class: 'state', id: 'doc-state' }, icon, text);
    const shoot = h('button', { id: 'shoot', disabled: true, onclick: () => take('manual') }, t('doc.shoot'));
    const file = h('input', { type: 'file', id: 'doc-file', accept: 'image/jpeg,image/png', onchange: async () => {
      if (file.files[0]) {
        stop();
        next([await camera.readFile(file.files[0])], 'file');
      }
    } });
    add(m, 
      h('h2', {}, t(side === 'front' ? 'doc.title.front' : 'doc.title.back')),
      h('p', {}, t('doc.help')),
      h('div', { class: 'camera' }, video, outline),
      state,
      actions(shoot),
      h('div', { class: 'file' }, h('label', { for: 'doc-file' }, t('doc.file')), ' ', file,
        h('p', { class: 'note' }, t('doc.file.note'))));

    let stream = null;
    let timer = null;
    let goodSince = null;
    let last = null;
    let done = false;
    const setState = (s) => {
      state.dataset.state = s;
      icon.innerHTML = STATE_ICON[s];
      text.textContent = t(`doc.state.${s}`);
      state.className = `state ${s === 'hold' || s === 'captured' ? 'good' : s === 'starting' ? '' : 'bad'}`;
      outline.className = `outline ${s === 'hold' || s === 'captured' ? 'good' : 'bad'}`;
      if (s !== last) announce(text.textContent);
      last = s;
    };
    const stop = () => { clearInterval(timer); camera.close(stream); stream = null; };
    onCleanup(stop);
    const next = (frames, mode) => {
      done = true;
      const captureMode = mode === 'file' || frontMode === 'UPLOAD' ? 'UPLOAD' : 'CAMERA';
      store.set('captureMode', captureMode);
      if (WITH_BACK.includes(type) && side === 'front') documentCapture(type, 'back', frames, captureMode);
      else uploadDocument(type, front ?? frames, front ? frames : null, captureMode);
    };
    const take = async (how) => {
      if (done || !stream) return;
      done = true;
      const frames = [camera.jpeg(video, 1600)];
      await new Promise((r) => setTimeout(r, 150));
      frames.push(camera.jpeg(video, 1600));
      setState('captured');
      stop();
      main.dataset.captured = how;
      setTimeout(() => next(frames, 'camera'), 400);
    };
    setState('starting');
    camera.open(video, 'environment').then((s) => {
      stream = s;
      shoot.disabled = false;
      timer = setInterval(() => {
        if (done || !video.videoWidth) return;
        const f = camera.greyFrame(video);
        const m2 = measure(f.g, f.w, f.h);
        const s2 = classify(m2);
        main.dataset.measures = JSON.stringify(m2);
        setState(s2);
        if (s2 !== 'hold') goodSince = null;
        else if (goodSince === null) goodSince = performance.now();
        else if (performance.now() - goodSince >= GOOD_FOR_MS) take('auto');
      }, 150);
    }).catch(() => {
      text.textContent = t('doc.nocamera');
      state.dataset.state = 'no-camera';
      state.className = 'state bad';
      icon.innerHTML = STATE_ICON.warning;
      announce(text.textContent);
    });
  });
}

async function uploadDocument(type, front, back, captureMode = 'CAMERA') {
  show('document', 'document-sending', (m) => add(m, h('h2', {}, t('doc.sending')),
    h('p', { role: 'status' }, t('loading'))));
  const retry = () => documentCapture(type, 'front', null);
  try {
    const body = { frames: front, expectedType: type, captureMode };
    if (back) body.back = back;
    const r = await call('POST', 'document', body, language());
    if (DOCUMENT_USABLE.includes(r.outcome)) confirmFields(r);
    else refused('document', r.reasons?.length ? r.reasons : [{ message: t('error.generic') }], retry);
  } catch (e) {
    failed('document', e, retry);
  }
}

/** The fields the hub read, for the customer to confirm; what they change is kept beside what was read. */
function confirmFields(reading) {
  show('document', 'confirm', (m) => {
    const inputs = (reading.fields || []).map((f) => {
      const id = `field-${f.field}`;
      const input = h('input', { id, name: f.field, value: f.value ?? '', autocomplete: 'off' });
      return { f, input, label: h('label', { for: id }, has(`field.${f.field}`) ? t(`field.${f.field}`) : f.field, input,
        h('span', { class: 'read' }, t('confirm.read', f.value ?? ''))) };
    });
    add(m, 
      h('h2', {}, t('confirm.title')),
      h('p', {}, t('confirm.text')),
      reading.outcome === 'REVIEW' ? h('p', { class: 'help' }, t('confirm.review')) : null,
      h('div', { class: 'fields' }, inputs.map((i) => i.label)),
      actions(h('button', { id: 'fields-ok', onclick: async (ev) => {
        const corrections = inputs.filter((i) => i.input.value.trim() !== '' && i.input.value !== (i.f.value ?? ''))
          .map((i) => ({ field: i.f.field, read: i.f.value, corrected: i.input.value }));
        store.set('fieldCorrections', corrections);
        if (corrections.length) {
          // #18 what the customer changed goes to the hub, which keeps it beside what it read (a key field that
          // differs goes to a person); what was read is the hub's own, not sent
          ev.target.disabled = true;
          try {
            await call('POST', 'document/corrections', { corrections: corrections.map((c) => ({ field: c.field, value: c.corrected })) },
              language());
          } catch (e) {
            failed('document', e, () => confirmFields(reading));
            return;
          }
        }
        liveness();
      } }, t('confirm.ok'))));
  });
}

/** The hub's challenge as prompts over a face oval, frames recorded for its whole length and sent. */
function liveness() {
  show('liveness', 'liveness', (m, onCleanup) => {
    const video = h('video', { autoplay: true, muted: true, playsinline: true, class: 'mirror', 'aria-hidden': 'true' });
    const prompt = h('p', { class: 'prompt', id: 'prompt', 'aria-live': 'assertive' }, '');
    const speech = h('input', { type: 'checkbox', id: 'speech', checked: store.get('speech', false),
      onchange: () => store.set('speech', speech.checked) });
    const start = h('button', { id: 'live-start', disabled: true, onclick: () => run() }, t('live.start'));
    add(m, 
      h('h2', {}, t('live.title')),
      h('p', {}, t('live.help')),
      h('div', { class: 'camera' }, video, h('div', { class: 'oval' })),
      prompt,
      'speechSynthesis' in window ? h('div', { class: 'check' }, speech, h('label', { for: 'speech' }, t('live.speech'))) : null,
      actions(start));
    let stream = null;
    let timers = [];
    onCleanup(() => { timers.forEach(clearTimeout); camera.close(stream); window.speechSynthesis?.cancel(); });
    camera.open(video, 'user').then((s) => { stream = s; start.disabled = false; })
      .catch(() => { prompt.textContent = t('doc.nocamera'); });

    const say = (key, arrow) => {
      prompt.replaceChildren(arrow ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow) : '', ' ', t(key));
      prompt.dataset.action = key;
      if (speech.checked && 'speechSynthesis' in window) {
        const u = new SpeechSynthesisUtterance(t(key));
        u.lang = SPEECH_LANG[language()];
        speechSynthesis.cancel();
        speechSynthesis.speak(u);
      }
    };
    const run = async () => {
      start.disabled = true;
      let challenge;
      try {
        challenge = await call('GET', 'liveness/challenge', undefined, language());
      } catch (e) {
        failed('liveness', e, liveness);
        return;
      }
      const plan = [['live.ready', null, 1200]];
      challenge.actions.forEach((a, i) => {
        plan.push([`live.${a}`, a === 'TURN_LEFT' ? '←' : a === 'TURN_RIGHT' ? '→' : '◉', 2200]);
        if (i < challenge.actions.length - 1) plan.push(['live.center', null, 800]);
      });
      plan.push(['live.center', null, 800]);
      const total = plan.reduce((n, p) => n + p[2], 0);
      // the hub takes 5..30 frames of one liveness check (FaceCheckFlow.MAX_FRAMES): 28 spread over the challenge
      const every = Math.max(200, Math.ceil(total / 28));
      const frames = [];
      const grab = setInterval(() => {
        if (video.videoWidth && frames.length < MAX_LIVENESS_FRAMES) frames.push({ image: camera.jpeg(video, 480, 0.85), capturedAt: Date.now() });
      }, every);
      timers.push(grab);
      let at = 0;
      for (const [key, arrow, ms] of plan) {
        timers.push(setTimeout(() => say(key, arrow), at));
        at += ms;
      }
      timers.push(setTimeout(async () => {
        clearInterval(grab);
        camera.close(stream);
        say('live.sending');
        try {
          const r = await call('POST', 'selfie', { nonce: challenge.nonce, frames }, language());
          if (LIVENESS_DONE.includes(r.face?.liveness)) finished(r.status);
          else {
            // the answer is the whole case: show the reasons of this step only (the face and liveness ones)
            const own = (r.reasons ?? []).filter((x) => /^(LIVENESS_|FACE_)/.test(x.code ?? ''));
            refused('liveness', own.length ? own : [{ message: t('error.generic') }], liveness);
          }
        } catch (e) {
          failed('liveness', e, liveness);
        }
      }, at));
    };
  });
}

function finished(status) {
  show('done', 'done', (m) => add(m, 
    h('h2', {}, t('done.title')),
    h('p', { role: 'status' }, t('done.text')),
    status === 'REVIEW' ? h('p', {}, t('done.review')) : null));
}

// ---- where the customer stands; the hand-off to a phone

/** The screen of the first step not finished yet, from the hub's view of the case. */
async function resume() {
  let p;
  try {
    p = await call('GET', 'case', undefined, language());
  } catch (e) {
    failed('consent', e, resume);
    return;
  }
  store.set('caseId', p.caseId);
  if (refusedOnHub(p)) {
    consentRefusedScreen();
    return;
  }
  const next = nextStep(p);
  // a reload or the other device resumes a step: RESUME instead of SHOWN (the step was shown already)
  const funnel = next !== 'done' && (failures()[next] || 0) >= config.maxAttempts ? 'help' : next;
  if (next !== 'consent' || store.get('funnelStep', null) === 'consent') enterStep(funnel, 'RESUME');
  // a refresh does not give a fourth try of a step that failed three times
  if (next !== 'done' && (failures()[next] || 0) >= config.maxAttempts) helpByPerson(next);
  else if (next === 'consent') welcome();
  else if (next === 'document') documentType();
  else if (next === 'liveness') liveness();
  else finished(p.status);
}

/** The case closed by the customer's refusal of face processing (#18). */
function refusedOnHub(p) {
  return p.status === 'REJECTED' && (p.reasons || []).some((r) => r.code === 'CONSENT_REFUSED');
}

function nextStep(p) {
  if (!p.consentGiven) return 'consent';
  // a reviewer asked for one step again: that step, whatever was done before (the hub takes only that one)
  if (p.moreInfo?.step === 'DOCUMENT') return 'document';
  if (p.moreInfo?.step === 'FACE') return 'liveness';
  if (!DOCUMENT_USABLE.includes(p.document)) return 'document';
  if (!LIVENESS_DONE.includes(p.liveness)) return 'liveness';
  return 'done';
}

async function handOff() {
  let code;
  try {
    code = await call('POST', 'handoff', undefined, language());
  } catch (e) {
    failed('consent', e, welcome);
    return;
  }
  const url = new URL(`#h=${encodeURIComponent(code.code)}`, location.href.split('#')[0]).href;
  show(null, 'handoff', (m, onCleanup) => {
    const canvas = h('canvas', { id: 'qr', role: 'img', 'aria-label': t('handoff.qr'), 'data-url': url });
    qr.draw(canvas, url);
    const progress = h('p', { id: 'handoff-progress', 'aria-live': 'polite' }, t('handoff.wait'));
    add(m, 
      h('h2', {}, t('handoff.title')),
      h('p', {}, t('handoff.text')),
      h('div', { class: 'qr' }, canvas,
        h('p', { class: 'code', id: 'handoff-code' }, t('handoff.code', `${code.code.slice(0, 5)}-${code.code.slice(5)}`))),
      progress,
      actions(h('button', { id: 'stay-here', class: 'secondary', onclick: resume }, t('handoff.here'))));
    const poll = setInterval(async () => {
      try {
        const p = await call('GET', 'case', undefined, language());
        if (refusedOnHub(p)) {
          clearInterval(poll);
          consentRefusedScreen();
          return;
        }
        const next = nextStep(p);
        progress.textContent = t('handoff.progress', t(`status.${next}`));
        progress.dataset.next = next;
        if (next === 'done') {
          clearInterval(poll);
          finished(p.status);
        }
      } catch (e) {
        clearInterval(poll);
        failed('consent', e, handOff);
      }
    }, 3000);
    onCleanup(() => clearInterval(poll));
  });
}

function redeemForm(message) {
  show(null, 'redeem', (m) => {
    const input = h('input', { id: 'redeem-code', class: 'code-input', autocomplete: 'one-time-code', maxlength: '14',
      autocapitalize: 'characters' });
    const form = h('form', { onsubmit: (e) => { e.preventDefault(); redeem(input.value); } },
      h('label', { for: 'redeem-code' }, t('redeem.label')), h('br'), input,
      actions(h('button', { id: 'redeem-go', type: 'submit' }, t('redeem.go'))));
    add(m, h('h2', {}, t('redeem.title')),
      message ? h('p', { class: 'refusal', role: 'alert', id: 'session-message' }, message) : null, form);
  });
}

async function redeem(code) {
  try {
    const session = await call('POST', 'handoff/redeem', { code }, language());
    token.set(session.captureToken);
    await resume();
  } catch (e) {
    redeemForm(e instanceof HubError && e.message ? e.message : t('error.session'));
  }
}

// the customer leaves (tab closed, another page, the app in the background for good): EXIT from their step
window.addEventListener('pagehide', () => {
  const step = store.get('funnelStep', null);
  if (step && step !== 'done') report(step, 'EXIT', language());
});

async function boot() {
  try {
    config = { ...config, ...(await (await fetch('config.json', { cache: 'no-cache' })).json()) };
  } catch (e) {
    // the defaults above
  }
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get('t')) {
    token.set(fragment.get('t'));
    store.set('failures', {});
    store.set('funnelStep', null);
  }
  // the token never stays in the address bar, the history or a bookmark
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  const select = document.getElementById('lang');
  const lang = preferredLanguage(store.get('lang', null), navigator.languages);
  select.value = lang;
  await setLanguage(lang);
  select.addEventListener('change', async () => {
    store.set('lang', select.value);
    await setLanguage(select.value);
    screen?.redraw();
  });
  if (fragment.get('h')) await redeem(fragment.get('h'));
  else if (!token.get()) redeemForm(t('error.session'));
  else await resume();
}

boot();
