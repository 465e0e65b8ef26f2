import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One word as poppler places it on a rendered page, in points from the top left. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A rendered slide: its size in points and its words. */
export interface RenderedPage {
  width: number;
  height: number;
  words: Word[];
}

const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** pdftotext -bbox's page list: each `<page width height>` and the `<word …>` boxes in it. */
export function parseBbox(html: string): RenderedPage[] {
  return html.split(/<page /).slice(1).map((part): RenderedPage => {
    const [, width, height] = /^width="([\d.]+)" height="([\d.]+)"/.exec(part)!;
    const words = [...part.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, yMax, text]): Word => ({ text: unescape(text!), xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }),
    );
    return { width: Number(width), height: Number(height), words };
  });
}

/**
 * `bytes`, a file of type `from`, converted by LibreOffice (`soffice --headless --convert-to <to>`,
 * a profile of its own so runs never share one): the converted file, read by `read` from its path.
 * Needs scripts/ensure-office-renderer.sh.
 */
export function convertWithLibreOffice<T>(bytes: Uint8Array, from: 'pptx' | 'xlsx', to: string, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  try {
    const file = join(dir, `file.${from}`);
    writeFileSync(file, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    return read(join(dir, `file.${to.split(':')[0]}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A .pptx as LibreOffice Impress draws it, then every word's box as poppler reads it (`pdftotext -bbox`). */
export function renderSlides(pptx: Uint8Array): RenderedPage[] {
  return convertWithLibreOffice(pptx, 'pptx', 'pdf', (pdf) => parseBbox(execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })));
}

/** A page's words as lines: those whose tops lie within a point of each other, left to right. */
export function linesOf(words: readonly Word[]): Word[][] {
  const lines: Word[][] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.yMin - word.yMin) < 1) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin));
}

export const textOf = (words: readonly Word[]): string => words.map((word) => word.text).join(' ');
