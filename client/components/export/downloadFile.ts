import { shareToken } from '../../auth/authApi.ts';

/** The file name a Content-Disposition gives (`filename*` first, as attachmentHeader writes it), or `fallback`. */
export function dispositionName(header: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed name falls through to the plain one
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/**
 * Downloads `url` as a file: fetched with the share link's bearer when the tab has one (a plain
 * link would carry only the cookie), then saved under the server's name. Throws on a refusal.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const share = shareToken();
  const response = await fetch(url, { credentials: 'same-origin', headers: share ? { authorization: `Bearer ${share}` } : {} });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = dispositionName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
