// The texts of a spreadsheet's first rows, read in the browser only to guess a new board's kind
// from its headers (IMP11); the server reads the file itself, defensively (IMP8), and decides.

/** How much of an XLSX part is inflated: the headers are near the start, and a zip bomb stops here. */
const INFLATE_CAP = 2 * 1024 * 1024;
/** How far down a CSV the headers are looked for, as the import looks (IMP2). */
const CSV_LINES = 20;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? whole;
  });

/** The cells of a CSV's first lines: `;` unless the first line has more commas (IMP8), quotes taken off. */
function csvTexts(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).slice(0, CSV_LINES);
  const first = lines[0] ?? '';
  const separator = (first.match(/,/g)?.length ?? 0) > (first.match(/;/g)?.length ?? 0) ? ',' : ';';
  return lines.flatMap((line) => line.split(separator)).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
}

/** At most `cap` bytes of a deflated zip entry, as text; past the cap the rest is never inflated. */
async function inflated(data: Uint8Array<ArrayBuffer>, method: number, cap: number): Promise<string> {
  if (method === 0) return new TextDecoder().decode(data.subarray(0, cap));
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < cap) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
  } catch {
    // A broken stream still gives what it inflated before it broke: enough for a guess.
  } finally {
    void reader.cancel().catch(() => {});
  }
  const all = new Uint8Array(total);
  chunks.reduce((at, chunk) => (all.set(chunk, at), at + chunk.length), 0);
  return new TextDecoder().decode(all.subarray(0, cap));
}

/** The entries of a zip by name, from its central directory: where each one's data is and how it is packed. */
function zipEntries(bytes: Uint8Array<ArrayBuffer>): Map<string, { method: number; data: Uint8Array<ArrayBuffer> }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, { method: number; data: Uint8Array<ArrayBuffer> }>();
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return entries;
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0 && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; i--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= bytes.length) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      entries.set(name, { method: view.getUint16(at + 10, true), data: bytes.subarray(start, start + view.getUint32(at + 20, true)) });
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The texts of an XLSX: its shared strings and the first sheet's inline ones, each `<t>`'s content. */
async function xlsxTexts(bytes: Uint8Array<ArrayBuffer>): Promise<string[]> {
  const entries = zipEntries(bytes);
  const parts = ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'].flatMap((name) => {
    const entry = entries.get(name);
    return entry ? [entry] : [];
  });
  const xml = await Promise.all(parts.map((entry) => inflated(entry.data, entry.method, INFLATE_CAP)));
  return xml.flatMap((text) => [...text.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)].map((match) => decodeXml(match[1]!)));
}

/** The texts a spreadsheet file holds near its top, where its headers are; none when it cannot be read. */
export async function spreadsheetTexts(file: Blob, format: 'xlsx' | 'csv'): Promise<string[]> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return format === 'csv' ? csvTexts(new TextDecoder().decode(bytes.subarray(0, 64 * 1024))) : await xlsxTexts(bytes);
  } catch {
    return [];
  }
}
