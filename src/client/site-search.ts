/**
 * The header's search box, as small as a script on every page can be: it only waits for the reader to
 * reach for the box, then loads the search itself (search-panel.ts, then Pagefind and its index).
 */
const root = document.querySelector<HTMLElement>('[data-site-search]');
const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
if (root && input) {
  const start = () => void import('./search-panel.ts').then(({ mountSearch }) => mountSearch(root, input));
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
}
