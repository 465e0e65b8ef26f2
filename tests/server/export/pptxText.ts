import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

/** One slide of a .pptx: its XML, its text runs in order, and its table rows (each a list of cell texts). */
export interface SlideText {
  xml: string;
  runs: string[];
  rows: string[][];
}

const runsOf = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => unescape(t!));

/** The slides of a .pptx in presentation order, and the presentation's own XML part. */
export function pptxSlides(bytes: Uint8Array): { presentation: string; slides: SlideText[] } {
  const files = unzipSync(bytes);
  const names = Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const slides = names.map((name): SlideText => {
    const xml = strFromU8(files[name]!);
    const rows = [...xml.matchAll(/<a:tr [\s\S]*?<\/a:tr>/g)].map(([tr]) =>
      [...tr.matchAll(/<a:tc[ >][\s\S]*?<\/a:tc>/g)].map(([tc]) => runsOf(tc).join('\n')),
    );
    return { xml, runs: runsOf(xml), rows };
  });
  return { presentation: strFromU8(files['ppt/presentation.xml']!), slides };
}
