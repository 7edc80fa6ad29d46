// explain.js — the script of `go2c explain`'s report (driver/explain.c puts
// it inline, after two JSON data blocks):
//
//   #go2c-decisions  what `go2c build -json` writes: every decision
//   #go2c-sources    {go: [{name, lines}], c: {name, lines, file, line}}
//                    where c.file[i], c.line[i] is the Go file (an index
//                    into go) and line that C line i came from (-1: none),
//                    from the C's #line directives
//
// It renders the Go and C panes, marks every decision at its column,
// links Go lines and C lines both ways, shows a decision's details on hover
// or keyboard focus, and builds the table of decisions with its filters.
// No network, no library: plain DOM.
'use strict';
(function () {
  const decisions = JSON.parse(document.getElementById('go2c-decisions').textContent).decisions;
  const sources = JSON.parse(document.getElementById('go2c-sources').textContent);
  const MARK = { heap: '\u25B2[heap]', stack: '\u25CB[stack]' };   // ▲ and ○: not colour alone

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fileIndex(name) {
    return sources.go.findIndex(function (f) { return f.name === name; });
  }

  // A column counts bytes of UTF-8 (as gc's do); JavaScript indexes UTF-16.
  function charIndex(text, col) {
    let bytes = 0, i = 0;
    while (i < text.length && bytes < col - 1) {
      const cp = text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp >= 0x10000 ? 2 : 1;
    }
    return i;
  }

  // ---- flow paths and the statement to change --------------------------

  // flows is gc's -m=2 text: a header per path ("x escapes to heap:"),
  // then "flow:" steps, each with "from STMT (WHY) at FILE:LINE:COL" lines.
  function paths(flows) {
    const out = [];
    for (const line of flows) {
      if (!/^\s/.test(line) || out.length === 0) out.push([]);
      out[out.length - 1].push(line);
    }
    return out;
  }

  const FROM = /^\s*from (.*) \(([^()]*)\) at (.*):(\d+):(\d+)$/;

  // The last "from" step of a path is the statement that made the value
  // reach the root (the heap, a result): change it to keep it in the frame.
  function culprit(path) {
    for (let i = path.length - 1; i >= 0; i--) {
      const m = FROM.exec(path[i]);
      if (m) return { stmt: m[1], why: m[2], file: m[3], line: +m[4], col: +m[5] };
    }
    return null;
  }

  function describeLeaks(d) {
    if (!d.leaks) return null;
    const parts = [];
    if (d.leaks.heap >= 0) parts.push('leaks to the heap (derefs=' + d.leaks.heap + ')');
    (d.leaks.results || []).forEach(function (r, i) {
      if (r >= 0) parts.push('leaks to result ~r' + i + ' (derefs=' + r + ')');
    });
    return parts.length ? 'The parameter ' + parts.join(', ') + '.' : 'The parameter does not leak.';
  }

  // ---- the Go pane -------------------------------------------------------

  const goLines = [];    // goLines[f][n] = the element of Go line n of file f
  const siteEls = [];    // siteEls[i] = the mark of decisions[i]

  function siteButton(d, i) {
    const b = el('button', {
      class: 'site ' + d.verdict, type: 'button', id: 'site-' + i, 'data-i': i,
      'data-verdict': d.verdict, 'data-kind': d.kind, 'data-what': d.what,
      'aria-describedby': 'detail',
      'aria-label': d.what + ' (' + d.kind + '): ' + d.verdict + ', ' + d.reason
    }, MARK[d.verdict]);
    siteEls[i] = b;
    return b;
  }

  function renderGoLine(f, n, text, sites) {
    const row = el('div', { class: 'line', id: 'go-' + f + '-' + n, 'data-file': f, 'data-line': n });
    row.appendChild(el('span', { class: 'ln' }, String(n)));
    const code = el('span', { class: 'src' });
    let at = 0;
    sites.sort(function (a, b) { return a.d.col - b.d.col; });
    for (const s of sites) {
      const k = Math.max(at, charIndex(text, s.d.col));
      code.appendChild(document.createTextNode(text.slice(at, k)));
      code.appendChild(siteButton(s.d, s.i));
      at = k;
    }
    code.appendChild(document.createTextNode(text.slice(at)));
    row.appendChild(code);
    row.addEventListener('click', function () { selectGo(f, n); });
    return row;
  }

  function renderGo() {
    const pane = document.getElementById('go-code');
    const byLine = {};
    decisions.forEach(function (d, i) {
      const key = fileIndex(d.file) + ':' + d.line;
      (byLine[key] = byLine[key] || []).push({ d: d, i: i });
    });
    sources.go.forEach(function (file, f) {
      goLines[f] = [];
      pane.appendChild(el('h3', {}, file.name));
      file.lines.forEach(function (text, k) {
        const row = renderGoLine(f, k + 1, text, byLine[f + ':' + (k + 1)] || []);
        goLines[f][k + 1] = row;
        pane.appendChild(row);
      });
    });
  }

  // ---- the C pane --------------------------------------------------------

  const cLines = [];
  const cOf = {};         // "f:n" -> the C line elements of Go line n of file f

  function renderC() {
    const pane = document.getElementById('c-code');
    const c = sources.c;
    c.lines.forEach(function (text, i) {
      const f = c.file[i], n = c.line[i];
      let cls = 'line';
      if (/^\s*#line\b/.test(text)) cls += ' directive';
      if (f < 0) cls += ' unmapped';
      const row = el('div', { class: cls, id: 'c-' + (i + 1), 'data-c-line': i + 1 });
      if (f >= 0) {
        row.setAttribute('data-go', sources.go[f].name + ':' + n);
        (cOf[f + ':' + n] = cOf[f + ':' + n] || []).push(row);
      }
      row.appendChild(el('span', { class: 'ln' }, String(i + 1)));
      row.appendChild(el('span', { class: 'src' }, text));
      row.addEventListener('click', function () {
        if (f >= 0) selectGo(f, n, row); else select([row], row);
      });
      cLines.push(row);
      pane.appendChild(row);
    });
  }

  // ---- linking lines both ways ------------------------------------------

  let highlighted = [];

  function select(rows, scrollTo) {
    highlighted.forEach(function (r) { r.classList.remove('hl'); r.removeAttribute('aria-current'); });
    highlighted = rows;
    rows.forEach(function (r) { r.classList.add('hl'); r.setAttribute('aria-current', 'true'); });
    (scrollTo || []).forEach(function (r) { scrollInto(r); });
    const status = document.getElementById('selection');
    status.textContent = rows.length ? describeSelection(rows) : '';
  }

  // Scrolls r's pane (only the pane, not the page) to show r.
  function scrollInto(r) {
    const pane = r.closest('.code');
    const top = r.offsetTop - pane.offsetTop;
    if (top < pane.scrollTop || top > pane.scrollTop + pane.clientHeight - r.offsetHeight)
      pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
  }

  function describeSelection(rows) {
    const go = rows.filter(function (r) { return r.hasAttribute('data-file'); });
    const c = rows.filter(function (r) { return r.hasAttribute('data-c-line'); });
    if (!go.length) return 'C line ' + c[0].getAttribute('data-c-line') + ' comes from no Go line.';
    const g = go[0];
    const name = sources.go[+g.getAttribute('data-file')].name + ':' + g.getAttribute('data-line');
    if (!c.length) return 'Go line ' + name + ' produced no C line of its own.';
    return 'Go line ' + name + ' produced C lines ' +
      c.map(function (r) { return r.getAttribute('data-c-line'); }).join(', ') + '.';
  }

  // A Go line and every C line it produced; from is the C line clicked.
  function selectGo(f, n, from) {
    const go = goLines[f] && goLines[f][n];
    const cs = cOf[f + ':' + n] || [];
    const rows = (go ? [go] : []).concat(cs);
    const scroll = from ? (go ? [go] : []) : cs.slice(0, 1);
    select(rows, scroll);
  }

  // ---- the details of a decision ----------------------------------------

  const detail = document.getElementById('detail');

  function fillDetail(d, i) {
    detail.textContent = '';
    detail.setAttribute('data-i', i);
    detail.appendChild(el('h4', {}, MARK[d.verdict] + ' ' + d.what + ' \u2014 ' + d.kind));
    detail.appendChild(el('p', {}, 'Verdict: ' + d.verdict + (d.gc_verdict !== d.verdict
      ? ' (gc says ' + d.gc_verdict + '; go2c keeps it on the heap because a deferred call uses it)' : '') +
      '. In ' + d.function + ' at ' + d.file + ':' + d.line + ':' + d.col + '.'));
    detail.appendChild(el('p', { class: 'reason' }, 'Reason: ' + d.reason));
    const leaks = describeLeaks(d);
    if (leaks) detail.appendChild(el('p', {}, leaks));
    const ps = paths(d.flows || []);
    ps.forEach(function (p, k) {
      detail.appendChild(el('p', {}, 'Flow path ' + (k + 1) + ' of ' + ps.length + ':'));
      detail.appendChild(el('pre', { class: 'flow' }, p.join('\n')));
    });
    const fix = ps.map(culprit).filter(Boolean);
    if (d.verdict === 'heap' && fix.length) {
      fix.forEach(function (c) {
        detail.appendChild(el('p', { class: 'fix' }, 'To keep it on the stack, change the statement ' +
          c.stmt + ' (' + c.why + ') at ' + c.file + ':' + c.line + ':' + c.col +
          ': it is where the value reaches ' + (d.reason.indexOf('returned') >= 0 ? 'the caller' : 'the heap') + '.'));
      });
    } else if (d.verdict === 'heap') {
      detail.appendChild(el('p', { class: 'fix' }, 'No flow path was recorded: the allocation itself decides (' +
        d.reason + ').'));
    } else if (d.kind !== 'parameter') {
      detail.appendChild(el('p', {}, 'It stays in the frame: nothing it flows to outlives the call.'));
    }
  }

  function showDetail(i, anchor) {
    fillDetail(decisions[i], i);
    detail.hidden = false;
    const r = anchor.getBoundingClientRect();
    const width = Math.min(640, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    detail.style.left = left + 'px';
    detail.style.top = (r.bottom + window.scrollY + 4) + 'px';
  }

  function hideDetail() { detail.hidden = true; }

  function wireSites() {
    siteEls.forEach(function (b, i) {
      if (!b) return;
      b.addEventListener('mouseenter', function () { showDetail(i, b); });
      b.addEventListener('mouseleave', function () { if (document.activeElement !== b) hideDetail(); });
      b.addEventListener('focus', function () { showDetail(i, b); });
      b.addEventListener('blur', hideDetail);
      b.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideDetail(); });
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideDetail(); });
  }

  // ---- the table of decisions --------------------------------------------

  function renderTable() {
    const body = document.querySelector('#decision-table tbody');
    decisions.forEach(function (d, i) {
      const tr = el('tr', { class: d.verdict, id: 'decision-' + i, 'data-i': i,
                            'data-function': d.function, 'data-verdict': d.verdict });
      const pos = el('td', { class: 'pos' });
      const a = el('a', { href: '#site=' + i }, d.file + ':' + d.line + ':' + d.col);
      a.addEventListener('click', function (e) {
        e.preventDefault();
        const f = fileIndex(d.file);
        if (f >= 0) selectGo(f, d.line);
        if (f >= 0 && goLines[f][d.line]) scrollInto(goLines[f][d.line]);
        if (siteEls[i]) siteEls[i].focus({ preventScroll: true });
      });
      pos.appendChild(a);
      tr.appendChild(pos);
      tr.appendChild(el('td', { class: 'mono' }, d.function));
      tr.appendChild(el('td', {}, d.kind));
      tr.appendChild(el('td', { class: 'mono' }, d.what));
      tr.appendChild(el('td', { class: 'verdict' }, MARK[d.verdict]));
      tr.appendChild(el('td', {}, d.reason));
      const c = paths(d.flows || []).map(culprit).filter(Boolean)[0];
      tr.appendChild(el('td', { class: 'mono' }, d.verdict === 'heap' && c ? c.stmt + ' (' + c.file + ':' + c.line + ')' : ''));
      body.appendChild(tr);
    });
    const fnSelect = document.getElementById('filter-function');
    Array.from(new Set(decisions.map(function (d) { return d.function; }))).sort().forEach(function (fn) {
      fnSelect.appendChild(el('option', { value: fn }, fn));
    });
    // ?function=F&verdict=V in the address preselects the filters
    const query = new URLSearchParams(location.search);
    if (query.has('function')) fnSelect.value = query.get('function');
    if (query.has('verdict')) document.getElementById('filter-verdict').value = query.get('verdict');
    fnSelect.addEventListener('change', applyFilters);
    document.getElementById('filter-verdict').addEventListener('change', applyFilters);
    applyFilters();
  }

  function applyFilters() {
    const fn = document.getElementById('filter-function').value;
    const verdict = document.getElementById('filter-verdict').value;
    let shown = 0;
    document.querySelectorAll('#decision-table tbody tr').forEach(function (tr) {
      const ok = (!fn || tr.getAttribute('data-function') === fn) &&
                 (!verdict || tr.getAttribute('data-verdict') === verdict);
      tr.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + decisions.length + ' decisions shown';
  }

  function summarize() {
    const heap = decisions.filter(function (d) { return d.verdict === 'heap'; }).length;
    document.getElementById('summary').textContent = decisions.length + ' decisions: ' + heap +
      ' on the heap (' + MARK.heap + '), ' + (decisions.length - heap) + ' on the stack (' + MARK.stack + ').';
  }

  // #site=N in the address opens decision N's details (for links, and for
  // a headless browser that cannot hover).  Not "#site-N": that is the
  // mark's id, and the browser would scroll the page to it.
  function openFromHash() {
    const m = /^#site=(\d+)$/.exec(location.hash);
    if (!m || !siteEls[+m[1]]) return;
    const i = +m[1], d = decisions[i], f = fileIndex(d.file);
    selectGo(f, d.line);
    scrollInto(goLines[f][d.line]);
    showDetail(i, siteEls[i]);
  }

  renderGo();
  renderC();
  wireSites();
  renderTable();
  summarize();
  openFromHash();
  window.addEventListener('hashchange', openFromHash);
  document.body.setAttribute('data-rendered', 'true');
})();
