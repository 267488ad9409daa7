// Similar proposals while a citizen writes: a moment after typing stops, the page asks the server for the
// proposals nearest to the wording and shows them under it, each with a button to support it instead.
// Without this script the page shows them after "Check the language".
(function () {
  var script = document.getElementById('similar-script');
  var wording = document.getElementById('wording');
  if (!script || !wording || !window.fetch || !window.DOMParser) return;
  var src = script.getAttribute('data-src');
  var timer = null, asked = '';
  function swap(doc, id) {
    var fresh = doc.getElementById(id), old = document.getElementById(id);
    if (fresh && old) old.replaceWith(document.importNode(fresh, true));
  }
  function ask() {
    var text = wording.value.trim();
    if (text === asked) return;
    asked = text;
    fetch(src + '?text=' + encodeURIComponent(text.slice(0, 1000)), {credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        // An answer to an older text is dropped: only the latest counts.
        if (html === null || text !== asked) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        swap(doc, 'similar-forms');
        swap(doc, 'similar-list');
      })
      .catch(function () { /* the form works without the list */ });
  }
  wording.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  });
})();
