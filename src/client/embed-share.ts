/**
 * The page's "Embed" button. The dialog's code loads on the first click, not with the page: most
 * readers never embed. `query` gives the current view's embed parameters when the dialog opens.
 */
export function offerEmbed(query: () => string): void {
  const share = document.querySelector<HTMLElement>('[data-embed-share]');
  const open = share?.querySelector<HTMLButtonElement>('[data-embed-open]');
  const mount = async () => {
    const { mountEmbedDialog } = await import('./embed-dialog.ts');
    mountEmbedDialog(share!, query);
    open!.click();
  };
  open?.addEventListener('click', () => void mount(), { once: true });
}
