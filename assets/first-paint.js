// The static first paint of index.html (#first-paint) while the wasm loads.
// A new device opening the counter sees the prerendered blank counter
// (#first-paint-counter, scripts/prerender.mjs); a device that holds a
// customer or the English UI, or another route, sees what is opening
// instead, so nothing on screen changes into something else. The app removes
// #first-paint in the same task as its first render (src/lib.rs).
(function () {
  function stored(key) {
    try { return localStorage.getItem('proposal-calculator.' + key); } catch (e) { return null; }
  }
  var counter = document.getElementById('first-paint-counter');
  var opening = document.getElementById('first-paint-opening');
  if (!counter || !opening) return;
  var blankCounter = /^(#\/?)?$/.test(location.hash) && stored('session.v1') === null &&
    stored('lang') !== 'en' && counter.childElementCount > 0;
  if (!blankCounter) {
    counter.remove();
    opening.hidden = false;
  }
})();
