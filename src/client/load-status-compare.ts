/**
 * Loads the "what changed" form's code (src/client/status-compare.ts) when the reader reaches for the
 * form, or at once when the address asks for a comparison: the list the build wrote answers until then.
 */
let loaded: Promise<unknown> | undefined;
const load = () => (loaded ??= import('./status-compare.ts'));

if (new URLSearchParams(location.search).has('compare')) void load();
for (const form of document.querySelectorAll<HTMLFormElement>('[data-status-compare] [data-compare-form]')) {
  for (const type of ['focusin', 'pointerdown']) form.addEventListener(type, () => void load(), { once: true });
  // A submit before the code has come waits for it (the form must never send the page elsewhere).
  form.addEventListener('submit', (event) => {
    if (form.dataset.ready) return;
    event.preventDefault();
    void load().then(() => form.requestSubmit());
  });
}
