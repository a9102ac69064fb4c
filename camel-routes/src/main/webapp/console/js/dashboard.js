// The operations dashboard: a period, the figures of GET /operations/dashboard, charts (Chart.js, the WebJar the
// page loads as window.Chart), the capture funnel, failure rates by group with their counts, and the CSV export
// fetched with the bearer token.
import { t, has, language } from '../../app/js/i18n.js';
import { call, download, query, describe } from './api.js';
import { el, table, badge, percent, number, duration, label } from './dom.js';

const DAY = 86400000;
const PRESETS = [7, 30, 90];
const COLOURS = { approved: '#1d6b33', rejected: '#a4161a', review: '#8a4b00', open: '#4a4a4a', bar: '#0b4f9c', exited: '#a4161a' };
let charts = [];

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T[0-9:.]+Z$/;

/**
 * The period of the route: from and to as days (to inclusive), 30 days up to today by default; or, when both are
 * ISO-8601 instants (a link to a period down to the millisecond, e.g. the seeded period of a test), exactly the
 * API's [from, to), the date fields showing their days and the page saying the period is exact.
 */
function period(params) {
  const f = params.get('from');
  const u = params.get('to');
  if (f && u && INSTANT.test(f) && INSTANT.test(u)) {
    return { from: f.slice(0, 10), to: u.slice(0, 10), fromIso: f, toIso: u, exact: true };
  }
  const to = params.get('to') || isoDay(Date.now());
  const from = params.get('from') || isoDay(Date.parse(to) - 29 * DAY);
  return { from, to, fromIso: `${from}T00:00:00Z`, toIso: new Date(Date.parse(to) + DAY).toISOString().replace('.000Z', 'Z') };
}

function picker(p, go) {
  const from = el('input', { id: 'from', attrs: { type: 'date', name: 'from', value: p.from, required: true } });
  const to = el('input', { id: 'to', attrs: { type: 'date', name: 'to', value: p.to, required: true } });
  const form = el('form', { id: 'period', class: 'filters', attrs: { 'aria-label': t('dash.period') } }, [
    el('label', { class: 'field' }, [el('span', { text: t('dash.from') }), from]),
    el('label', { class: 'field' }, [el('span', { text: t('dash.to') }), to]),
    el('div', { class: 'filter-actions' }, [el('button', { id: 'apply-period', attrs: { type: 'submit' }, text: t('filter.apply') })]),
    el('div', { class: 'filter-actions presets' }, PRESETS.map((n) => el('button', { class: 'secondary small', attrs: { type: 'button' },
      text: t('dash.last', n), on: { click: () => go(`#/dashboard${query({ from: isoDay(Date.now() - (n - 1) * DAY), to: isoDay(Date.now()) })}`) } }))),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(`#/dashboard${query({ from: from.value, to: to.value })}`);
  });
  return form;
}

/** A key figure: its text as shown and, in data-value, the number behind it (a rate as the hub's fraction). */
function figure(id, name, value, detail, raw) {
  return el('div', { class: 'figure', id: `fig-${id}` }, [el('span', { class: 'figure-name', text: name }),
    el('strong', { class: 'figure-value', attrs: { 'data-value': typeof value === 'number' ? value : raw }, text: String(value) }),
    detail ? el('small', { class: 'figure-detail', attrs: { 'data-value': detail.raw }, text: detail.text }) : null]);
}

/** A row's first cell with the code it stands for in data-key (the text may be a translated label). */
function keyed(code, content) {
  return el('span', { attrs: { 'data-key': code } }, [content]);
}

function chart(id, titleKey, config) {
  const canvas = el('canvas', { id, attrs: { role: 'img', 'aria-label': t(titleKey) } });
  const box = el('figure', { class: 'chart' }, [el('div', { class: 'chart-box' }, [canvas]), el('figcaption', { text: t(titleKey) })]);
  if (window.Chart) {
    requestAnimationFrame(() => {
      charts.push(new window.Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' } }, ...config.options } }));
    });
  }
  return box;
}

function groups(id, titleKey, rows, prefix) {
  return table(id, t(titleKey), [t('group.name'), t('group.count'), t('group.rejected'), t('group.review'), t('group.failureRate')],
    (rows || []).map((g) => [keyed(g.group, prefix ? label(prefix, g.group, has) : g.group), number(g.count), number(g.rejected), number(g.review),
      el('span', {}, [percent(g.failureRate), g.count < 20 ? el('span', {}, [' ', badge('neutral', t('group.few'))]) : null])]),
    t('none'));
}

export async function dashboardPage(s, params, page, go) {
  charts.forEach((c) => c.destroy());
  charts = [];
  const p = period(params);
  await page('dashboard', async (c) => {
    const d = await call('GET', `operations/dashboard${query({ from: p.fromIso, to: p.toIso })}`, undefined, language());
    const cases = d.cases || {};
    const csv = el('button', { id: 'csv', class: 'secondary', attrs: { type: 'button' }, text: t('dash.csv'), on: { click: async () => {
      try {
        await download(`operations/dashboard.csv${query({ from: p.fromIso, to: p.toIso })}`, `kyc-dashboard-${p.from}-${p.to}.csv`, language());
        csv.dataset.done = 'true';
      } catch (e) {
        csv.after(el('p', { class: 'message error', attrs: { role: 'alert' }, text: describe(e) }));
      }
    } } });
    c.append(el('div', { class: 'page-head' }, [el('h2', { text: t('dash.title') }), csv]), picker(p, go),
      ...(p.exact ? [el('p', { id: 'period-exact', class: 'note', text: t('dash.exact', p.fromIso, p.toIso) })] : []),
      el('p', { class: 'note', text: t('dash.aggregates') }));
    c.append(el('section', { id: 'figures', class: 'figures', attrs: { 'aria-label': t('dash.figures') } }, [
      figure('total', t('dash.total'), cases.total ?? 0),
      figure('approved', t('status.APPROVED'), cases.approved ?? 0),
      figure('rejected', t('status.REJECTED'), cases.rejected ?? 0),
      figure('review', t('status.REVIEW'), cases.review ?? 0),
      figure('open', t('dash.open'), cases.open ?? 0),
      figure('pass', t('dash.passRate'), percent(d.passRate), null, d.passRate),
      figure('auto', t('dash.automatic'), percent(d.automaticShare), { text: t('dash.manual', percent(d.manualShare)), raw: d.manualShare },
        d.automaticShare),
    ]));
    const ps = d.processingSeconds || {};
    const steps = [['endToEnd', ps.endToEnd], ...Object.entries(ps.steps || {})];
    const funnel = d.funnel || [];
    c.append(el('div', { class: 'grid' }, [
      el('section', { class: 'panel', attrs: { 'aria-labelledby': 'outcomes-h' } }, [el('h3', { id: 'outcomes-h', text: t('dash.outcomes') }),
        chart('chart-outcomes', 'dash.outcomes', { type: 'doughnut', data: {
          labels: ['APPROVED', 'REJECTED', 'REVIEW'].map((k) => t(`status.${k}`)).concat(t('dash.open')),
          datasets: [{ data: [cases.approved, cases.rejected, cases.review, cases.open],
            backgroundColor: [COLOURS.approved, COLOURS.rejected, COLOURS.review, COLOURS.open] }] } })]),
      el('section', { class: 'panel', attrs: { 'aria-labelledby': 'times-h' } }, [el('h3', { id: 'times-h', text: t('dash.times') }),
        table('times-table', t('dash.times'), [t('dash.step'), t('group.count'), 'p50', 'p90', 'p95'],
          steps.filter(([, v]) => v).map(([k, v]) => [keyed(k, label('step', k, has)), number(v.count), duration(v.p50), duration(v.p90), duration(v.p95)]),
          t('none'), true)]),
      el('section', { class: 'panel wide', attrs: { 'aria-labelledby': 'funnel-h' } }, [el('h3', { id: 'funnel-h', text: t('dash.funnel') }),
        chart('chart-funnel', 'dash.funnel', { type: 'bar', data: { labels: funnel.map((f) => label('step', f.step, has)),
          datasets: [{ label: t('funnel.shown'), data: funnel.map((f) => f.shown), backgroundColor: COLOURS.bar },
            { label: t('funnel.exited'), data: funnel.map((f) => f.exited), backgroundColor: COLOURS.exited }] } }),
        table('funnel-table', t('dash.funnel'), [t('dash.step'), t('funnel.shown'), t('funnel.exited'), t('funnel.resumed'), t('funnel.failed'), t('funnel.exitRate')],
          funnel.map((f) => [keyed(f.step, label('step', f.step, has)), number(f.shown), number(f.exited), number(f.resumed), number(f.failed),
            percent(f.shown ? f.exited / f.shown : null)]), t('none'), true)]),
      el('section', { class: 'panel', attrs: { 'aria-labelledby': 'reasons-h' } }, [el('h3', { id: 'reasons-h', text: t('dash.reasons') }),
        chart('chart-reasons', 'dash.reasons', { type: 'bar', data: { labels: (d.topReasons || []).map((r) => r.code),
          datasets: [{ label: t('group.count'), data: (d.topReasons || []).map((r) => r.count), backgroundColor: COLOURS.bar }] },
        options: { indexAxis: 'y', plugins: { legend: { display: false } } } }),
        table('reasons-table', t('dash.reasons'), [t('dash.reason'), t('group.count')], (d.topReasons || []).map((r) => [el('code', { text: r.code, attrs: { 'data-key': r.code } }), number(r.count)]), t('none'), true)]),
      el('section', { class: 'panel', attrs: { 'aria-labelledby': 'groups-h' } }, [el('h3', { id: 'groups-h', text: t('dash.groups') }),
        el('p', { class: 'note', text: t('group.fewNote') }),
        groups('nationality-table', 'dash.byNationality', d.byNationality),
        groups('age-table', 'dash.byAgeBand', d.byAgeBand),
        groups('channel-table', 'dash.byChannel', d.byChannel),
        groups('product-table', 'dash.byProduct', d.byProduct, 'product')]),
    ]));
  });
}
