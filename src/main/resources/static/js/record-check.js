// The public record's entry page: recompute the entry's leaf hash and, with the inclusion proof, the
// root of the checkpoint, in the browser (Web Crypto SHA-256). The page works without this; the same
// check without trusting the page is `atazan record check-inclusion`.
(function () {
  var box = document.getElementById('inclusion-check');
  var button = document.getElementById('check-button');
  var out = document.getElementById('check-result');
  if (!box || !button || !out) return;
  var note = box.querySelector('[data-noscript]');
  if (note) note.hidden = true;
  // Web Crypto exists only in secure contexts (HTTPS, localhost): say so rather than offer a dead button.
  if (!window.crypto || !window.crypto.subtle || !window.atob) {
    out.textContent = box.getAttribute('data-unsupported');
    return;
  }
  button.hidden = false;

  function hex(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return s;
  }
  function fromHex(h) {
    var b = new Uint8Array(h.length / 2);
    for (var i = 0; i < b.length; i++) b[i] = parseInt(h.substr(2 * i, 2), 16);
    return b;
  }
  function sha256(prefix, parts) {
    var n = 1;
    parts.forEach(function (p) { n += p.length; });
    var all = new Uint8Array(n);
    all[0] = prefix;
    var at = 1;
    parts.forEach(function (p) { all.set(p, at); at += p.length; });
    return window.crypto.subtle.digest('SHA-256', all).then(function (d) { return new Uint8Array(d); });
  }

  // RFC 9162 §2.1.3.2, the iterative verification; indexes as plain numbers (exact below 2^53),
  // halved by division because JavaScript's bit operators work on 32 bits.
  function root(leaf, index, size, proof) {
    var fn = index, sn = size - 1, r = Promise.resolve(leaf);
    proof.forEach(function (p) {
      r = r.then(function (h) {
        if (sn === 0) throw new Error('proof too long');
        var next;
        if (fn % 2 === 1 || fn === sn) {
          next = sha256(1, [p, h]);
          if (fn % 2 === 0) {
            while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
          }
        } else {
          next = sha256(1, [h, p]);
        }
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
        return next;
      });
    });
    return r.then(function (h) {
      if (sn !== 0) throw new Error('proof too short');
      return h;
    });
  }

  button.addEventListener('click', function () {
    out.textContent = box.getAttribute('data-working');
    var raw = window.atob(box.getAttribute('data-entry'));
    var entry = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) entry[i] = raw.charCodeAt(i);
    var proofText = box.getAttribute('data-proof');
    var proof = proofText ? proofText.split(',').map(fromHex) : [];
    var index = Number(box.getAttribute('data-index'));
    var size = Number(box.getAttribute('data-size'));
    sha256(0, [entry]).then(function (leaf) {
      if (hex(leaf) !== box.getAttribute('data-leaf')) {
        out.textContent = box.getAttribute('data-bad-leaf');
        out.setAttribute('data-verdict', 'bad-leaf');
        return null;
      }
      return root(leaf, index, size, proof).then(function (r) {
        var ok = hex(r) === box.getAttribute('data-root');
        out.textContent = box.getAttribute(ok ? 'data-ok' : 'data-bad-root');
        out.setAttribute('data-verdict', ok ? 'ok' : 'bad-root');
      });
    }).catch(function () {
      out.textContent = box.getAttribute('data-bad-root');
      out.setAttribute('data-verdict', 'bad-root');
    });
  });
})();
