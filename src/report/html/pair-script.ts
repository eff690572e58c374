/**
 * The pair page's script (plain ES2017, inline, allowed by hash). It reads #bitext-data, never
 * corpus text from markup, and only ever writes text with textContent / classList.
 */
export const PAIR_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('bitext-data').textContent);
  var byId = {};
  data.findings.forEach(function (f) { byId[f.id] = f; });
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var ruleSel = $('#f-rule'), sevSel = $('#f-severity'), statusSel = $('#f-status'), search = $('#f-search');
  var shownCount = $('#shown-count');
  var order = data.findings.map(function (f) { return f.id; });
  var current = null;

  function matches(f) {
    if (ruleSel.value && f.rule !== ruleSel.value) return false;
    if (sevSel.value && f.severity !== sevSel.value) return false;
    if (statusSel.value && f.status !== statusSel.value) return false;
    var q = search.value.trim().toLowerCase();
    if (q && f.haystack.indexOf(q) < 0) return false;
    return true;
  }
  function visibleIds() { return order.filter(function (id) { return matches(byId[id]); }); }

  function apply() {
    var shown = {};
    visibleIds().forEach(function (id) { shown[id] = true; });
    $$('[data-finding]').forEach(function (el) { el.classList.toggle('hidden', !shown[el.getAttribute('data-finding')]); });
    $$('[data-findings]').forEach(function (el) {
      var ids = el.getAttribute('data-findings').split(' ');
      el.classList.toggle('off', !ids.some(function (id) { return shown[id]; }));
    });
    $$('tr.findings-row').forEach(function (row) {
      row.classList.toggle('hidden', !$$('li[data-finding]', row).some(function (li) { return !li.classList.contains('hidden'); }));
    });
    shownCount.textContent = Object.keys(shown).length + ' of ' + order.length + ' shown';
  }

  function flash(row) {
    if (!row) return;
    row.classList.remove('flash');
    void row.offsetWidth;
    row.classList.add('flash');
  }

  function select(id, opts) {
    var f = byId[id];
    if (!f) return;
    opts = opts || {};
    $$('.current').forEach(function (el) { el.classList.remove('current'); });
    current = id;
    $$('[data-findings~="' + id + '"], [data-finding="' + id + '"]').forEach(function (el) { el.classList.add('current'); });
    var row = document.getElementById(f.bead >= 0 ? 'bead-' + f.bead : 'unplaced');
    var sentRow = document.body.classList.contains('sentences') && document.getElementById('sent-' + f.bead);
    var target = sentRow || row;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      flash(target);
    }
    var item = $('#panel-list [data-finding="' + id + '"]');
    if (item && item.scrollIntoViewIfNeeded) item.scrollIntoViewIfNeeded();
    else if (item) item.scrollIntoView({ block: 'nearest' });
    if (opts.hash !== false && history.replaceState) history.replaceState(null, '', '#finding-' + id);
  }

  function step(delta) {
    var ids = visibleIds();
    if (!ids.length) return;
    var k = ids.indexOf(current);
    k = k < 0 ? (delta > 0 ? 0 : ids.length - 1) : (k + delta + ids.length) % ids.length;
    select(ids[k]);
  }

  [ruleSel, sevSel, statusSel].forEach(function (el) { el.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  $('#next').addEventListener('click', function () { step(1); });
  $('#prev').addEventListener('click', function () { step(-1); });
  $('#sentences').addEventListener('change', function (e) { document.body.classList.toggle('sentences', e.target.checked); });

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.closest && t.closest('button, select, input, label')) return;
    var el = t.closest && t.closest('[data-finding], mark[data-findings], .block[data-findings]');
    if (!el) return;
    var id = el.getAttribute('data-finding') || el.getAttribute('data-findings').split(' ')[0];
    e.preventDefault();
    select(id);
  });

  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName);
    if (e.key === 'Escape' && typing) { e.target.blur(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j' || e.key === 'n') { step(1); e.preventDefault(); }
    else if (e.key === 'k' || e.key === 'p') { step(-1); e.preventDefault(); }
    else if (e.key === '/') { search.focus(); e.preventDefault(); }
    else if (e.key === 's') { var c = $('#sentences'); c.checked = !c.checked; c.dispatchEvent(new Event('change')); }
  });

  function fromHash() {
    var m = /^#finding-([0-9a-f]+)$/.exec(location.hash);
    if (m && byId[m[1]]) {
      var f = byId[m[1]];
      // a deep link must land on its finding even when the filters would hide it
      if (!matches(f)) { ruleSel.value = ''; sevSel.value = ''; statusSel.value = ''; search.value = ''; apply(); }
      select(m[1], { hash: false });
    }
  }
  window.addEventListener('hashchange', fromHash);

  // Review mode: the server put a per-session token in the data; every write carries it.
  var review = data.review;
  var status = $('#status');
  function post(action, body) {
    status.textContent = 'saving…';
    return fetch('/api/pairs/' + encodeURIComponent(data.pair) + '/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Bitext-Token': review.token },
      body: JSON.stringify(body),
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error(j.error || r.statusText);
        status.textContent = 'saved';
        location.reload();
      });
    }).catch(function (err) { status.textContent = 'not saved: ' + err.message; });
  }
  if (review) {
    document.body.classList.add('review');
    $$('.review-ctl select').forEach(function (sel) {
      sel.addEventListener('change', function () { sel.parentNode.querySelector('button.dismiss').disabled = !sel.value; });
    });
    document.addEventListener('click', function (e) {
      var b = e.target.closest && e.target.closest('button[data-action]');
      if (!b) return;
      e.preventDefault();
      var action = b.getAttribute('data-action');
      if (action === 'dismiss' || action === 'undo') {
        var li = b.closest('[data-finding]');
        var id = li.getAttribute('data-finding');
        if (action === 'undo') return post('undo', { id: b.getAttribute('data-dismissal') || id });
        var reason = li.querySelector('select.reason').value;
        if (!reason) { status.textContent = 'choose a reason first'; return; }
        return post('dismiss', { id: id, reason: reason, comment: li.querySelector('input.comment').value });
      }
      var k = Number(b.closest('tr').getAttribute('data-bead'));
      var bead = data.beads[k];
      post('bead', { action: action, source: bead.source, target: bead.target });
    });
  }

  apply();
  fromHash();
})();
`;
