/**
 * Windows-1252's characters at 0x80-0x9F (€, ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —,
 * ˜, ™, š, ›, œ, ž, Ÿ); its other bytes are Latin-1's. The five it leaves undefined are kept as their
 * C1 code points, as the WHATWG decoder keeps them. Node 20's TextDecoder('windows-1252') decodes
 * this range as Latin-1 (0x80 as U+0080, not €), so the table is ours.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const decodeWindows1252 = (bytes: Uint8Array): string => Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('');

/**
 * A CSV's bytes as text (IMP8): UTF-16 by its BOM (Excel's "Unicode text"), UTF-8 (its BOM
 * dropped), and bytes that are not UTF-8 as Windows-1252, which a Swedish Excel writes for
 * "CSV (semikolonavgränsad)". Any byte is a Windows-1252 character, so no file is refused here.
 */
export function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
