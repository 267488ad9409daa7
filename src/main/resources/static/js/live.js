// Live totals on the result page: server-sent events update the figures; without JS the page still works.
(function () {
  var box = document.getElementById('live');
  if (!box || !window.EventSource) return;
  var src = box.getAttribute('data-live-src');
  if (!src) return;
  var es = new EventSource(src);
  // A page that lists reports (turnout through the day) reloads itself when a new report comes in.
  var reloadOn = box.getAttribute('data-reload-on');
  if (reloadOn) {
    es.addEventListener(reloadOn, function () {
      es.close();
      window.location.reload();
    });
  }
  es.addEventListener('totals', function (e) {
    var t = JSON.parse(e.data);
    box.querySelectorAll('[data-live]').forEach(function (el) {
      var v = t[el.getAttribute('data-live')];
      if (v === undefined) return;
      el.textContent = typeof v === 'number' && v % 1 !== 0
        ? v.toLocaleString(document.documentElement.lang, {minimumFractionDigits: 2, maximumFractionDigits: 2})
        : v.toLocaleString(document.documentElement.lang);
    });
    var note = document.getElementById('live-note');
    if (note) note.hidden = false;
  });
})();
