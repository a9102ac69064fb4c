// Building the console's elements: el('tag', {class, text, attrs, on}, children) — text only ever as text.
import { t, language } from '../../app/js/i18n.js';

export function el(tag, opts = {}, kids = []) {
  const node = document.createElement(tag);
  if (opts.class) node.className = opts.class;
  if (opts.id) node.id = opts.id;
  if (opts.text != null) node.textContent = String(opts.text);
  for (const [k, v] of Object.entries(opts.attrs || {})) {
    if (v === true) node.setAttribute(k, '');
    else if (v !== false && v != null) node.setAttribute(k, String(v));
  }
  for (const [type, fn] of Object.entries(opts.on || {})) node.addEventListener(type, fn);
  for (const kid of [kids].flat(2)) {
    if (kid == null || kid === false) continue;
    node.append(kid instanceof Node ? kid : String(kid));
  }
  return node;
}

/**
 * A table with a caption, its headers as column headers and one row per entry of {@code rows} (arrays of cells); a
 * caption that repeats the heading above it is there for screen readers only ({@code quietCaption}).
 */
export function table(id, caption, headers, rows, empty, quietCaption) {
  const body = rows.length ? rows.map((cells) => (cells instanceof Node ? cells : el('tr', {}, cells.map((c, i) =>
    (i === 0 ? el('th', { attrs: { scope: 'row' } }, [c ?? '—']) : el('td', {}, [c ?? '—'])))))) :
    [el('tr', {}, [el('td', { attrs: { colspan: headers.length }, class: 'empty', text: empty || t('none') })])];
  return el('div', { class: 'table-wrap' }, [el('table', { id }, [
    el('caption', { text: caption, class: quietCaption ? 'visually-hidden' : null }),
    el('thead', {}, [el('tr', {}, headers.map((x) => el('th', { attrs: { scope: 'col' }, text: x })))]),
    el('tbody', {}, body),
  ])]);
}

/** A labelled value: a term and its description for the definition lists of the case page. */
export function facts(pairs) {
  return el('dl', { class: 'facts' }, pairs.filter(Boolean).flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, [v ?? '—'])]));
}

/** A badge that says what it means in words, its colour only repeating it. */
export function badge(kind, text) {
  return el('span', { class: `badge ${kind}`, text });
}

export function dateTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function percent(x) {
  return x == null ? '—' : new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1 }).format(x);
}

export function number(x, digits = 0) {
  return x == null ? '—' : new Intl.NumberFormat(language(), { maximumFractionDigits: digits }).format(x);
}

/** A duration in seconds in the largest unit that keeps it readable. */
export function duration(seconds) {
  if (seconds == null) return '—';
  const s = Math.abs(seconds);
  if (s < 120) return t('dur.s', number(seconds));
  if (s < 7200) return t('dur.min', number(seconds / 60));
  if (s < 172800) return t('dur.h', number(seconds / 3600, 1));
  return t('dur.d', number(seconds / 86400, 1));
}

/** A label for a code from the texts (prefix.CODE), the code itself when the texts have none. */
export function label(prefix, code, has) {
  return code == null ? '—' : has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}
