// Progressive enhancement of the search page; everything works without it.
(() => {
  'use strict';
  const form = document.querySelector('form.search');
  if (form) {
    // Keep shared URLs short: drop empty fields and the defaults (role=any).
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        const text = String(value).trim();
        if (text === '' || (name === 'role' && text === 'any')) {
          continue;
        }
        params.append(name, text);
      }
      const query = params.toString();
      window.location.assign(query === '' ? '/' : '/?' + query);
    });

    // A filter change is a new search; typed fields still wait for Enter or the button.
    for (const id of ['role', 'remote']) {
      const control = document.getElementById(id);
      if (control) {
        control.addEventListener('change', () => form.requestSubmit());
      }
    }
  }

  // "/" jumps to the search field, as on many search sites, unless the user is typing.
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const field = document.getElementById('q');
      if (field) {
        event.preventDefault();
        field.focus();
        field.select();
      }
    }
  });

  // "Back to search" returns to the very search the user came from, when they came from one.
  const back = document.querySelector('a[data-back]');
  if (back && document.referrer) {
    const from = new URL(document.referrer);
    if (from.origin === window.location.origin && from.pathname === '/') {
      back.href = from.pathname + from.search;
    }
  }
})();
