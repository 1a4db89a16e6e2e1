// Copies text (and a rich HTML table) from a content script. The copy event carries both
// types; our listener runs first (window, capture) so a page's copy hooks cannot append to or
// replace what the user copies. navigator.clipboard is the fallback.

export interface ClipData {
  text: string;
  html?: string;
}

export async function copyToClipboard(doc: Document, data: ClipData): Promise<boolean> {
  const view = doc.defaultView;
  if (!view) return false;
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', data.text);
    if (data.html) e.clipboardData.setData('text/html', data.html);
    e.preventDefault();
    e.stopImmediatePropagation();
    done = true;
  };
  view.addEventListener('copy', onCopy, { capture: true });
  try {
    doc.execCommand('copy');
  } catch {
    /* not allowed here; fall back below */
  } finally {
    view.removeEventListener('copy', onCopy, { capture: true });
  }
  if (done) return true;
  try {
    const nav = view.navigator;
    if (data.html && 'ClipboardItem' in view) {
      const Item = (view as unknown as { ClipboardItem: typeof ClipboardItem }).ClipboardItem;
      await nav.clipboard.write([new Item({ 'text/plain': new Blob([data.text], { type: 'text/plain' }), 'text/html': new Blob([data.html], { type: 'text/html' }) })]);
    } else await nav.clipboard.writeText(data.text);
    return true;
  } catch {
    return false;
  }
}
