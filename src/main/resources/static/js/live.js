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
  function show(el, v) {
    if (v === undefined) return;
    el.textContent = typeof v === 'number' && v % 1 !== 0
      ? v.toLocaleString(document.documentElement.lang, {minimumFractionDigits: 2, maximumFractionDigits: 2})
      : v.toLocaleString(document.documentElement.lang);
  }
  es.addEventListener('totals', function (e) {
    var t = JSON.parse(e.data);
    box.querySelectorAll('[data-live]').forEach(function (el) {
      show(el, t[el.getAttribute('data-live')]);
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
  });
})();
