// The static first paint of index.html (#first-paint) says what is opening
// while the wasm loads: a shared link's proposal, or the counter. The app
// removes #first-paint in the same task as its first render (src/lib.rs).
(function () {
  var shared = /^#\/p\//.test(location.hash);
  var note = document.getElementById('first-paint-note');
  if (note && shared) {
    note.textContent = '正在打开您的建议书…';
    note.setAttribute('lang', 'zh-CN');
  }
})();
