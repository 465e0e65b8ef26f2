/** What no file name may hold on Windows, macOS or Linux, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The name as a file name: unsafe characters become spaces, runs of space one. */
const safeName = (name: string) => name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();

/** The name in ASCII for clients that do not read `filename*`: å, ä, ö lose their marks, anything else not ASCII (§) goes. */
const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** RFC 5987's encoding: encodeURIComponent leaves ' ( ) * unencoded, which the header's grammar does not allow. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition that downloads `name` (MTS20): the Swedish name in `filename*` (RFC 6266)
 * and an ASCII fallback in `filename`, so "Protokoll Möte 2025-04-15.docx" arrives as that.
 */
export function attachmentHeader(name: string): string {
  const safe = safeName(name);
  return `attachment; filename="${asciiName(safe) || 'tavla.docx'}"; filename*=UTF-8''${rfc5987(safe)}`;
}
