// Registers the service worker (sw.js, generated at build time from dist/ by
// scripts/sw.mjs) so that after one visit every page opens with no network.
// A new deployment installs beside the running one and waits: the page is
// told (window.appUpdateReady and the 'app-update-ready' event, which the
// app turns into a notice), and only when the rep accepts ('app-update-accept')
// does the new version take over and the page reload, so an old page never
// runs with a new wasm. Opened as a file, no service worker can run: this
// script says so at the top of the page (in both languages: it runs before
// the app and its language choice).
(function () {
  if (location.protocol === 'file:') {
    // Said before the app loads: from a file the browser may not even start it.
    const say = () => {
      const note = document.createElement('div');
      note.className = 'notice warn no-print';
      note.setAttribute('role', 'status');
      note.setAttribute('data-testid', 'opened-as-file');
      note.textContent = '此页面以文件方式打开，无法离线使用，也无法自动更新，部分浏览器无法运行。请通过网址打开（例如 http://…/index.html）。'
        + ' This page was opened as a file: it cannot work offline or update itself, and some browsers cannot run it. Open it from its web address.';
      document.body.prepend(note);
    };
    if (document.body) say(); else document.addEventListener('DOMContentLoaded', say);
    return;
  }
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  const ready = (worker) => {
    waiting = worker;
    window.appUpdateReady = true;
    window.dispatchEvent(new Event('app-update-ready'));
  };
  window.addEventListener('app-update-accept', () => {
    if (waiting) waiting.postMessage('skip-waiting');
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !window.appUpdateReady) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) ready(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // A first install has no controller to replace: nothing to announce.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) ready(worker);
      });
    });
  }).catch(() => {});
})();
