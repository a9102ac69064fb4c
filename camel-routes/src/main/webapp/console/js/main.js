// The staff console: sign-in, then the pages a role may use — the review queue, a case with its evidence side
// by side and the decision, the operations dashboard. Routes in the URL fragment (#/queue, #/case/<id>,
// #/dashboard), every text from i18n/<lang>.json, the language switchable at any time.
import { t, has, setLanguage, language, preferredLanguage, LANGUAGES } from '../../app/js/i18n.js';
import { signIn, signOut, completeSignIn, session, can } from './auth.js';
import { call, query, describe, HubError } from './api.js';
import { el, table, facts, badge, dateTime, duration, number, label } from './dom.js';
import { dashboardPage } from './dashboard.js';

const main = document.getElementById('page');
const LANG_KEY = 'kyc.console.lang';
const TIERS = ['STANDARD', 'ENHANCED'];
const PRODUCTS = ['ACCOUNT', 'LOAN', 'INSURANCE', 'CARD', 'MOBILE_LINE', 'REMITTANCE', 'DIGITAL_ASSETS'];
const CHANNELS = ['REST', 'SOAP', 'MQ', 'BATCH'];
const OUTCOMES = ['APPROVED', 'REJECTED', 'MORE_INFO'];
const DECIDED = ['APPROVED', 'REJECTED'];
let flash = null; // { kind, text } shown once on the next page drawn

function announce(text) {
  const live = document.getElementById('announce');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/** The route of the URL fragment: its page, the rest of its path and its query. */
function route() {
  const [path, q] = (location.hash.replace(/^#/, '') || '/').split('?');
  const parts = path.split('/').filter(Boolean);
  return { page: parts[0] || '', arg: parts[1] ? decodeURIComponent(parts[1]) : null, params: new URLSearchParams(q || '') };
}

function go(hash) {
  if (location.hash === hash) draw();
  else location.hash = hash;
}

function message(kind, text) {
  return el('p', { class: `message ${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, [text]);
}

/** Draws a page: its heading focused and announced, a flash message above it when one is due. */
async function page(name, build) {
  main.dataset.page = name;
  delete main.dataset.ready;
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(el('p', { class: 'loading', text: t('loading') }));
  const content = el('div');
  try {
    await build(content);
  } catch (e) {
    content.replaceChildren(el('h2', { text: t('error.title') }), message('error', describe(e)));
    if (e instanceof HubError && e.status === 401) {
      content.append(el('button', { id: 'sign-in-again', text: t('signin.again'), on: { click: () => signIn(language(), location.hash) } }));
    }
  }
  if (flash) {
    content.prepend(message(flash.kind, flash.text));
    flash = null;
  }
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  main.dataset.ready = name;
  const title = main.querySelector('h2');
  if (title) {
    title.tabIndex = -1;
    title.focus();
    announce(title.textContent);
  }
}

function signInPage() {
  document.getElementById('staff').hidden = true;
  document.getElementById('nav').hidden = true;
  page('signin', (c) => {
    c.append(el('h2', { text: t('signin.title') }), el('p', { text: t('signin.text') }),
      el('button', { id: 'sign-in', text: t('signin.button'), on: { click: () => signIn(language(), location.hash) } }));
  });
}

function forbiddenPage() {
  return page('forbidden', (c) => c.append(el('h2', { text: t('forbidden.title') }), el('p', { text: t('forbidden.text') })));
}

function shell(s) {
  document.getElementById('staff').hidden = false;
  document.getElementById('nav').hidden = false;
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
  document.getElementById('staff-name').textContent = s.name;
  document.getElementById('staff-roles').textContent = s.roles.map((r) => t(`role.${r}`)).join(', ') || t('role.none');
  document.getElementById('nav-queue').hidden = !can(s, 'readCases');
  document.getElementById('nav-dashboard').hidden = !can(s, 'dashboard');
  const current = route().page || 'home';
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.page === current || (current === 'case' && a.dataset.page === 'queue')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function draw() {
  const s = session();
  if (!s) {
    signInPage();
    return;
  }
  shell(s);
  const r = route();
  if (r.page === 'queue' && can(s, 'readCases')) return queuePage(s, r.params);
  if (r.page === 'case' && r.arg && can(s, 'readCases')) return casePage(s, r.arg);
  if (r.page === 'dashboard' && can(s, 'dashboard')) return dashboardPage(s, r.params, page, go);
  if (!r.page) {
    if (can(s, 'readCases')) return go('#/queue');
    if (can(s, 'dashboard')) return go('#/dashboard');
  }
  return forbiddenPage();
}

// ---- the queue ---------------------------------------------------------------------------------------

function select(name, values, current, prefix, anyKey = 'filter.any') {
  return el('select', { id: `f-${name}`, attrs: { name } }, [
    el('option', { attrs: { value: '' }, text: t(anyKey) }),
    ...values.map((v) => el('option', { attrs: { value: v, selected: v === current }, text: prefix ? label(prefix, v, has) : v })),
  ]);
}

function field(labelKey, control) {
  return el('label', { class: 'field' }, [el('span', { text: t(labelKey) }), control]);
}

function filters(params) {
  const p = (k) => params.get(k) || '';
  const text = (name, size) => el('input', { id: `f-${name}`, attrs: { name, value: p(name), size, autocomplete: 'off' } });
  const form = el('form', { id: 'filters', class: 'filters', attrs: { 'aria-label': t('filter.title') } }, [
    field('filter.tier', select('tier', TIERS, p('tier'), 'tier')),
    field('filter.reason', text('reason', 24)),
    field('filter.product', select('product', PRODUCTS, p('product'), 'product')),
    field('filter.channel', select('channel', CHANNELS, p('channel'))),
    field('filter.nationality', text('nationality', 4)),
    field('filter.language', select('language', LANGUAGES, p('language'), 'lang')),
    field('filter.assigned', el('select', { id: 'f-assigned', attrs: { name: 'assigned' } }, ['any', 'mine', 'unassigned'].map((v) =>
      el('option', { attrs: { value: v, selected: (p('assigned') || 'any') === v }, text: t(`assigned.${v}`) })))),
    field('filter.overdue', el('select', { id: 'f-overdue', attrs: { name: 'overdue' } }, ['', 'true', 'false'].map((v) =>
      el('option', { attrs: { value: v, selected: p('overdue') === v }, text: t(`overdue.${v || 'any'}`) })))),
    el('div', { class: 'filter-actions' }, [el('button', { id: 'apply', attrs: { type: 'submit' }, text: t('filter.apply') })]),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    values.nationality = (values.nationality || '').toUpperCase();
    values.reason = (values.reason || '').toUpperCase().trim();
    if (values.assigned === 'any') values.assigned = '';
    go(`#/queue${query({ ...values, page: 0 })}`);
  });
  return form;
}

function sla(item) {
  if (item.overdue) return badge('overdue', `⚠ ${t('sla.overdue')}`);
  const left = (Date.parse(item.slaDueAt) - Date.now()) / 1000;
  return badge('due', t('sla.dueIn', duration(left)));
}

function holder(item, s) {
  const kids = [item.assignee ? (item.assignee === s.name ? t('assignee.you', item.assignee) : item.assignee) : t('assignee.none')];
  if (item.firstApprovalBy) kids.push(' ', badge('pending', t('fourEyes.badge', item.firstApprovalBy)));
  return el('span', {}, kids);
}

async function claimOrRelease(action, caseId, then) {
  try {
    await call('POST', `review/cases/${encodeURIComponent(caseId)}/${action}`, undefined, language());
    flash = { kind: 'ok', text: t(`${action}.done`, caseId) };
  } catch (e) {
    flash = { kind: 'error', text: describe(e) };
  }
  then();
}

function holderActions(item, s, then) {
  if (!can(s, 'decide') || DECIDED.includes(item.status)) return [];
  const mayRelease = item.assignee && (item.assignee === s.name || s.roles.includes('senior-reviewer'));
  return [
    // only a case waiting for a person can be claimed (the hub: CASE_NOT_IN_REVIEW)
    !item.assignee && (!item.status || item.status === 'REVIEW') && el('button', { class: 'small', attrs: { type: 'button', 'data-action': 'claim', 'aria-label': t('claim.label', item.caseId) },
      text: t('claim'), on: { click: () => claimOrRelease('claim', item.caseId, then) } }),
    mayRelease && el('button', { class: 'small secondary', attrs: { type: 'button', 'data-action': 'release', 'aria-label': t('release.label', item.caseId) },
      text: t('release'), on: { click: () => claimOrRelease('release', item.caseId, then) } }),
  ];
}

async function queuePage(s, params) {
  const pageNo = Number(params.get('page') || 0);
  const q = Object.fromEntries(['tier', 'reason', 'product', 'channel', 'nationality', 'language', 'assigned', 'overdue']
    .map((k) => [k, params.get(k) || '']));
  await page('queue', async (c) => {
    const result = await call('GET', `review/queue${query({ ...q, page: pageNo, size: 20 })}`, undefined, language());
    const head = el('div', { class: 'page-head' }, [el('h2', { text: t('queue.title') })]);
    if (can(s, 'decide')) {
      head.append(el('button', { id: 'next-case', text: t('queue.next'), on: { click: async () => {
        try {
          const item = await call('POST', 'review/next', undefined, language());
          if (!item) {
            flash = { kind: 'info', text: t('queue.nothing') };
            draw();
            return;
          }
          flash = { kind: 'ok', text: t('claim.done', item.caseId) };
          go(`#/case/${encodeURIComponent(item.caseId)}`);
        } catch (e) {
          flash = { kind: 'error', text: describe(e) };
          draw();
        }
      } } }));
    } else {
      head.append(el('p', { id: 'read-only', class: 'note', text: t('readOnly') }));
    }
    const rows = result.items.map((item) => el('tr', { attrs: { 'data-case-id': item.caseId } }, [
      el('th', { attrs: { scope: 'row' } }, [el('a', { attrs: { href: `#/case/${encodeURIComponent(item.caseId)}` }, text: item.caseId })]),
      el('td', {}, [badge(item.riskTier === 'ENHANCED' ? 'enhanced' : 'standard', label('tier', item.riskTier, has))]),
      el('td', { class: 'codes' }, item.reasons.map((r) => el('code', { text: r }))),
      el('td', { text: `${label('product', item.product, has)} · ${item.channel}` }),
      el('td', { text: `${item.nationality ?? '—'} · ${item.language ?? '—'}` }),
      el('td', {}, [dateTime(item.submittedAt), el('br'), el('small', { text: t('queue.age', duration((Date.now() - Date.parse(item.submittedAt)) / 1000)) })]),
      el('td', {}, [sla(item), el('br'), el('small', { text: dateTime(item.slaDueAt) })]),
      el('td', {}, [holder(item, s)]),
      el('td', {}, [el('div', { class: 'row-actions' }, holderActions(item, s, draw))]),
    ]));
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    const at = (n) => `#/queue${query({ ...q, page: n })}`;
    c.append(head, filters(params),
      table('queue-table', t('queue.caption', number(result.total)), ['queue.case', 'queue.tier', 'queue.reasons', 'queue.product',
        'queue.nationality', 'queue.submitted', 'queue.sla', 'queue.assignee', 'queue.actions'].map((k) => t(k)), rows, t('queue.empty')),
      el('nav', { class: 'pager', attrs: { 'aria-label': t('pager.label') } }, [
        el('a', { id: 'prev-page', class: 'button secondary', attrs: { href: at(pageNo - 1), 'aria-disabled': pageNo <= 0 ? 'true' : null },
          text: t('pager.prev') }),
        el('span', { id: 'page-of', text: t('pager.of', number(pageNo + 1), number(pages), number(result.total)) }),
        el('a', { id: 'next-page', class: 'button secondary', attrs: { href: at(pageNo + 1), 'aria-disabled': pageNo + 1 >= pages ? 'true' : null },
          text: t('pager.next') }),
      ]));
    for (const a of c.querySelectorAll('.pager a[aria-disabled="true"]')) a.addEventListener('click', (ev) => ev.preventDefault());
  });
}

// ---- a case ------------------------------------------------------------------------------------------

/** Appends the children that are there (null and false are left out). */
function add(parent, ...kids) {
  parent.append(...kids.filter((k) => k != null && k !== false));
}

function section(id, titleKey, ...kids) {
  return el('section', { id, class: 'panel', attrs: { 'aria-labelledby': `${id}-h` } }, [el('h3', { id: `${id}-h`, text: t(titleKey) }), ...kids]);
}

function score(x) {
  return x == null ? '—' : number(x, 2);
}

/** The match score against the thresholds the hub recorded with it (#19); none recorded: no verdict drawn. */
function faceVerdict(face) {
  if (face.matchScore == null) return '—';
  if (face.threshold == null) return badge('neutral', t('face.notRecorded'));
  if (face.matchScore >= face.threshold) return badge('ok', `✓ ${t('face.above')}`);
  if (face.reviewThreshold != null && face.matchScore >= face.reviewThreshold) return badge('pending', `⚠ ${t('face.reviewBand')}`);
  return badge('bad', `✗ ${t('face.below')}`);
}

function sideBySide(d) {
  const fields = d.document?.fields || [];
  const read = (...names) => fields.filter((f) => names.includes(f.field));
  const shown = (list) => (list.length ? el('span', {}, list.map((f, i) => el('span', { class: 'read' }, [i ? ' ' : '', f.value,
    el('small', { text: ` (${label('source', f.source, has)}, ${score(f.confidence)})` })]))) : '—');
  const norm = (v) => String(v ?? '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  const agree = (typed, list) => {
    if (typed == null || !list.length) return badge('neutral', t('compare.unknown'));
    const same = norm(typed) === norm(list.map((f) => f.value).join(' '));
    return same ? badge('ok', `✓ ${t('compare.same')}`) : badge('bad', `✗ ${t('compare.differs')}`);
  };
  const sub = d.submitted || {};
  const rows = [
    ['name', sub.name, read('surname', 'givenNames')],
    ['birthDate', sub.birthDate, read('birthDate')],
    ['nationality', sub.nationality, read('nationality')],
    ['documentNumber', sub.documentNumber, read('documentNumber')],
  ].map(([k, typed, list]) => [t(`field.${k}`), typed ?? '—', shown(list), agree(typed, list)]);
  const used = ['surname', 'givenNames', 'birthDate', 'nationality', 'documentNumber'];
  const other = fields.filter((f) => !used.includes(f.field)).map((f) => [label('field', f.field, has), f.value,
    label('source', f.source, has), score(f.confidence)]);
  return section('evidence', 'case.evidence',
    table('compare-table', t('compare.caption'), [t('compare.field'), t('compare.typed'), t('compare.document'), t('compare.agreement')], rows),
    other.length ? table('fields-table', t('fields.caption'), [t('compare.field'), t('fields.value'), t('fields.source'), t('fields.confidence')], other) : null,
    d.document?.reasons?.length ? el('p', { class: 'codes' }, [t('document.reasons'), ' ', ...d.document.reasons.map((r) => el('code', { text: r.code || r }))]) : null);
}

function screening(d, s, reload) {
  const sc = d.screening || { matches: [] };
  const decide = can(s, 'decide') && !DECIDED.includes(d.case?.status);
  const rows = sc.matches.map((m) => {
    const cells = [m.listedName, m.list, score(m.score), (m.evidence || []).map((e) => label('field', e, has)).join(', '),
      m.listVersion || sc.listVersion || '—',
      m.disposition ? el('span', {}, [badge(m.disposition === 'MATCH' ? 'bad' : 'ok', t(`disposition.${m.disposition}`)),
        m.by ? ` (${m.by}${m.at ? `, ${dateTime(m.at)}` : ''})` : ''])
        : badge('pending', t('disposition.none'))];
    if (decide) cells.push(dispositionForm(d.case.caseId, m, reload));
    return cells;
  });
  const headers = ['match.name', 'match.list', 'match.score', 'match.evidence', 'match.listVersion', 'match.disposition'].map((k) => t(k));
  if (decide) headers.push(t('match.mark'));
  return section('screening', 'case.screening', facts([[t('screening.listVersion'), sc.listVersion]]),
    table('matches-table', t('match.caption'), headers, rows, t('match.none')));
}

function dispositionForm(caseId, m, reload) {
  const name = `disp-${m.matchId}`;
  const choice = (v) => el('label', { class: 'inline' }, [el('input', { attrs: { type: 'radio', name, value: v, checked: m.disposition === v, required: true } }),
    ' ', t(`disposition.${v}`)]);
  const note = el('input', { attrs: { name: 'note', 'aria-label': t('match.note', m.listedName), placeholder: t('match.notePlaceholder') } });
  const form = el('form', { class: 'disposition', attrs: { 'data-match-id': m.matchId } }, [
    el('fieldset', {}, [el('legend', { class: 'visually-hidden', text: t('match.legend', m.listedName) }), choice('MATCH'), choice('NO_MATCH')]),
    note, el('button', { class: 'small', attrs: { type: 'submit' }, text: t('match.save') })]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const picked = form.querySelector('input[type=radio]:checked')?.value;
    try {
      await call('POST', `review/cases/${encodeURIComponent(caseId)}/matches/${encodeURIComponent(m.matchId)}/disposition`,
        { disposition: picked, note: note.value || null }, language());
      flash = { kind: 'ok', text: t('match.saved', m.listedName, t(`disposition.${picked}`)) };
    } catch (e) {
      flash = { kind: 'error', text: describe(e) };
    }
    reload();
  });
  return form;
}

function fourEyes(d, s) {
  const first = d.review?.firstApprovalBy;
  if (!first) return null;
  const mine = first.toLowerCase() === s.name.toLowerCase();
  return el('div', { id: 'four-eyes', class: 'banner', attrs: { role: 'status' } }, [
    el('strong', { text: t('fourEyes.waiting') }), ' ', t('fourEyes.first', first),
    mine ? el('p', { text: t('fourEyes.mine') }) : null]);
}

function moreInfo(d, reasons) {
  const m = d.case?.decision?.moreInfo;
  if (!m) return null;
  const reason = reasons.find((r) => r.code === m.reasonCode);
  return el('div', { id: 'more-info', class: 'banner', attrs: { role: 'status' } }, [
    el('strong', { text: t('moreInfo.waiting', label('reopened', m.step, has)) }), ' ',
    t('moreInfo.asked', m.requestedBy ?? '—', dateTime(m.requestedAt), reason?.label || m.reasonCode)]);
}

function decisionForm(d, s, reasons, reload) {
  const caseId = d.case.caseId;
  const error = el('div', { id: 'decision-error', attrs: { 'aria-live': 'assertive' } });
  const reasonSelect = el('select', { id: 'reason', attrs: { name: 'reasonCode', required: true } });
  const fill = (outcome) => {
    reasonSelect.replaceChildren(el('option', { attrs: { value: '' }, text: t('decision.pickReason') }),
      ...reasons.filter((r) => !outcome || (r.outcomes || []).includes(outcome)).map((r) => el('option', { attrs: { value: r.code }, text: r.label || r.code })));
  };
  fill(null);
  const outcomes = el('fieldset', { class: 'outcomes' }, [el('legend', { text: t('decision.outcome') }),
    ...OUTCOMES.map((o) => el('label', { class: `choice ${o.toLowerCase()}` }, [
      el('input', { id: `outcome-${o}`, attrs: { type: 'radio', name: 'decision', value: o, required: true }, on: { change: () => fill(o) } }),
      ' ', t(`outcome.${o}`)]))]);
  const note = el('textarea', { id: 'note', attrs: { name: 'note', rows: 3, maxlength: 2000, 'aria-describedby': 'note-hint' } });
  const form = el('form', { id: 'decision-form', class: 'decision' }, [
    outcomes,
    field('decision.reason', reasonSelect),
    el('label', { class: 'field' }, [el('span', { text: t('decision.note') }), note,
      el('small', { id: 'note-hint', text: t('decision.noteHint') })]),
    error,
    el('button', { id: 'decide', attrs: { type: 'submit' }, text: t('decision.submit') }),
  ]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    error.replaceChildren();
    try {
      const answer = await call('POST', `cases/${encodeURIComponent(caseId)}/decision`,
        { decision: values.decision, reasonCode: values.reasonCode, note: values.note || null }, language());
      const decided = DECIDED.includes(answer?.status);
      flash = { kind: 'ok', text: decided ? t(`decision.done.${answer.status}`) : values.decision === 'APPROVED'
        ? t('decision.firstRecorded') : t(`decision.done.${values.decision}`) };
      reload();
    } catch (e) {
      error.replaceChildren(message('error', describe(e)));
      error.querySelector('[role=alert]')?.setAttribute('tabindex', '-1');
      error.querySelector('[role=alert]')?.focus();
    }
  });
  return section('decision', 'case.decision', form);
}

function reviewEvidence(d) {
  const r = d.review || {};
  const obj = (o) => (o ? el('span', {}, Object.entries(o).map(([k, v], i) => el('span', {}, [i ? '; ' : '', `${label('evidence', k, has)}: `,
    /At$/.test(k) ? dateTime(v) : String(v ?? '—')]))) : t('none'));
  return section('review', 'case.review', facts([
    [t('review.assignee'), r.assignee || t('assignee.none')],
    [t('review.firstApproval'), r.firstApprovalBy || '—'],
    [t('review.evidenceVersion'), r.evidenceVersion != null ? String(r.evidenceVersion) : '—'],
    [t('review.video'), obj(r.videoInterview)],
    [t('review.funds'), obj(r.sourceOfFunds)],
  ]));
}

async function casePage(s, caseId) {
  const reload = () => casePage(s, caseId);
  await page('case', async (c) => {
    const path = `review/cases/${encodeURIComponent(caseId)}`;
    const [d, reasons] = await Promise.all([call('GET', path, undefined, language()),
      call('GET', 'review/decision-reasons', undefined, language())]);
    const status = d.case?.status;
    const decide = can(s, 'decide');
    const item = { caseId, status, assignee: d.review?.assignee };
    add(c,
      el('p', {}, [el('a', { id: 'back', attrs: { href: '#/queue' }, text: `← ${t('case.back')}` })]),
      el('div', { class: 'page-head' }, [el('h2', { text: t('case.title', caseId) }), el('div', { class: 'row-actions' }, holderActions(item, s, reload))]),
      facts([[t('case.status'), label('status', status, has)], [t('case.tier'), label('tier', d.risk?.tier, has)],
        [t('case.product'), `${label('product', d.case?.product, has)} · ${d.case?.channel ?? '—'}`],
        [t('case.opened'), dateTime(d.case?.createdAt)], [t('review.assignee'), d.review?.assignee || t('assignee.none')]]),
      fourEyes(d, s),
      moreInfo(d, reasons),
      decide ? null : el('p', { id: 'read-only', class: 'note', text: t('readOnly') }));
    const face = d.face || {};
    const grid = el('div', { class: 'grid' }, [
      sideBySide(d),
      section('registries', 'case.registries', table('registries-table', t('registries.caption'),
        [t('registries.peer'), t('registries.outcome'), t('registries.detail'), t('registries.at')],
        (d.registries || []).map((r) => [label('peer', r.peer, has), r.outcome, r.detail, dateTime(r.at)]))),
      screening(d, s, reload),
      section('face', 'case.face', facts([
        [t('face.match'), `${score(face.matchScore)} (${[t('face.threshold', score(face.threshold)),
          ...(face.reviewThreshold == null ? [] : [t('face.reviewThreshold', score(face.reviewThreshold))])].join(', ')})`],
        [t('face.verdict'), faceVerdict(face)],
        [t('face.liveness'), `${face.liveness ?? '—'} (${score(face.livenessScore)})`]]),
        el('p', { class: 'note', text: t('face.noImage') })),
      section('risk', 'case.risk', facts([[t('case.tier'), label('tier', d.risk?.tier, has)],
        [t('risk.factors'), el('span', { class: 'codes' }, (d.risk?.factors || []).map((f) => el('code', { text: f })))]])),
      reviewEvidence(d),
    ]);
    c.append(grid);
    if (decide && !DECIDED.includes(status)) c.append(decisionForm(d, s, reasons, reload));
    c.append(section('history', 'case.history', table('history-table', t('history.caption'), [t('history.at'), t('history.actor'), t('history.action')],
      (d.history || []).map((h) => [dateTime(h.at), h.actor, h.action]))));
  });
}

// ---- start -------------------------------------------------------------------------------------------

async function start() {
  const picker = document.getElementById('lang');
  const lang = preferredLanguage(sessionStorage.getItem(LANG_KEY), navigator.languages);
  await setLanguage(lang);
  // each language by its own name (the same in every file)
  picker.replaceChildren(...LANGUAGES.map((code) => el('option', { attrs: { value: code, lang: code }, text: t(`lang.${code}`) })));
  picker.value = lang;
  picker.addEventListener('change', async () => {
    sessionStorage.setItem(LANG_KEY, picker.value);
    await setLanguage(picker.value);
    draw();
  });
  document.getElementById('sign-out').addEventListener('click', () => signOut());
  // the skip link moves the focus only: the fragment is the console's route
  document.querySelector('.skip').addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', draw);
  try {
    const back = await completeSignIn();
    if (back) {
      history.replaceState(null, '', back.startsWith('#') ? back : '#/');
    }
  } catch (e) {
    flash = { kind: 'error', text: t('signin.failed') };
  }
  draw();
}

start();
