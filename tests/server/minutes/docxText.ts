import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

/** The text of each paragraph of one XML part of a .docx (its `<w:t>` runs joined), in order. */
export function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): string[] {
  const file = unzipSync(bytes)[part];
  if (!file) throw new Error(`the docx has no ${part}`);
  const xml = strFromU8(file);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => unescape(t!)).join(''));
}

/** One XML part of a .docx as text. */
export const docxPart = (bytes: Uint8Array, part: string): string => strFromU8(unzipSync(bytes)[part]!);
