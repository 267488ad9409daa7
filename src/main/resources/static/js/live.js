// Live totals on the result page: server-sent events update the figures; without JS the page still works.
(function () {
  var box = document.getElementById('live');
  if (!box || !window.EventSource) return;
  var src = box.getAttribute('data-live-src');
  if (!src) return;
  var es = new EventSource(src);
  // Leaving the page closes the stream at once, so the server need not wait for its next heartbeat to
  // find the connection gone (streams per address are limited).
  window.addEventListener('pagehide', function () {
    es.close();
  });
  // Marks the box once the stream is open, so that a reader (or a test) can tell updates will come.
  es.addEventListener('open', function () {
    box.setAttribute('data-live-open', '');
  });
  // A page that lists reports (turnout through the day) reloads itself when a new report comes in.
  var reloadOn = box.getAttribute('data-reload-on');
  if (reloadOn) {
    es.addEventListener(reloadOn, function () {
      es.close();
      window.location.reload();
    });
  }
  // Numbers as the page writes them: its language's digit groups and decimal sign, given by the server,
  // so that a live figure never changes format (12 482 613 and 73,12 on a Kazakh page).
  var group = box.getAttribute('data-group') || ',';
  var decimal = box.getAttribute('data-decimal') || '.';
  function format(v, decimals) {
    var fixed = Math.abs(v).toFixed(decimals);
    var parts = fixed.split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return (v < 0 ? '\u2212' : '') + whole + (parts.length > 1 ? decimal + parts[1] : '');
  }
  // Shares (named ...Percent, or a ratio) with two decimals, counts as whole numbers.
  function show(el, v, share) {
    if (v === undefined || v === null) return;
    if (typeof v !== 'number') {
      el.textContent = v;
      return;
    }
    var name = el.getAttribute('data-live') || el.getAttribute('data-live-field') || '';
    el.textContent = format(v, share || /Percent$/.test(name) || v % 1 !== 0 ? 2 : 0);
  }
  es.addEventListener('totals', function (e) {
    var t = JSON.parse(e.data);
    box.querySelectorAll('[data-live]').forEach(function (el) {
      show(el, t[el.getAttribute('data-live')]);
    });
    // A share the totals do not carry, such as yes of those who took part ("yes/issued").
    box.querySelectorAll('[data-live-ratio]').forEach(function (el) {
      var f = el.getAttribute('data-live-ratio').split('/');
      var a = t[f[0]], b = t[f[1]];
      if (typeof a === 'number' && typeof b === 'number') show(el, b === 0 ? 0 : 100 * a / b, true);
    });
    // Rows of the table by unit: each row names its unit, each cell its figure.
    document.querySelectorAll('tr[data-live-unit]').forEach(function (row) {
      var u = t.units && t.units[row.getAttribute('data-live-unit')];
      if (!u) return;
      row.querySelectorAll('[data-live-field]').forEach(function (el) {
        show(el, u[el.getAttribute('data-live-field')]);
      });
    });
    var note = document.getElementById('live-note');
    if (note) note.hidden = false;
    // Marks the box once figures have been shown from the stream (for a reader's tools and the tests).
    box.setAttribute('data-live-updated', '');
  });
})();
