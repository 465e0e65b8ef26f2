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

/** Why a download failed, as the export menu words it (EXP9): a closed set. */
export type DownloadFailure = 'forbidden' | 'gone' | 'offline' | 'failed';

/** A download's outcome: the file's name once handed to the browser, or why not. */
export type DownloadResult = { ok: true; name: string } | { ok: false; reason: DownloadFailure };

const failureOf = (status: number): DownloadFailure => (status === 401 || status === 403 ? 'forbidden' : status === 404 ? 'gone' : 'failed');

/**
 * Downloads `url` as a file: fetched with the share link's bearer when the tab has one (a plain
 * link would carry only the cookie), then saved under the server's name.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<DownloadResult> {
  const share = shareToken();
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: share ? { authorization: `Bearer ${share}` } : {} });
  } catch {
    // fetch rejects only when no answer came: the network or the server is down.
    return { ok: false, reason: 'offline' };
  }
  if (!response.ok) return { ok: false, reason: failureOf(response.status) };
  const name = dispositionName(response.headers.get('content-disposition'), fallbackName);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    return { ok: false, reason: 'offline' };
  }
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(href), 0);
  return { ok: true, name };
}
