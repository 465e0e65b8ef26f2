import { describe, expect, it } from 'vitest';
import { seedMissingBoards } from '../../../seeds/seedStorage.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { memberOf, shareOf } from '../meetings/meetingFixture.ts';
import { pptxSlides } from './pptxText.ts';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const get = (path: string, token: string | null = fx.token) => fetch(`${fx.url}${path}`, { headers: token === null ? {} : authHeaders(token) });
const slidesOf = async (response: Response) => pptxSlides(new Uint8Array(await response.arrayBuffer())).slides;
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

let seeded = false;
async function seeds(): Promise<void> {
  if (!seeded) await seedMissingBoards(fx.storage);
  seeded = true;
}

describe('GET /api/boards/:id/export?format=pptx (PPT1, EXP9)', () => {
  it('[PPT1][PPT3] the seeded measures board as slides, named after the board and the day, with 157 000 and 80 000', async () => {
    await seeds();
    const response = await get('/api/boards/hsf-atgarder/export?format=pptx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PPTX);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.*\d{4}-\d{2}-\d{2}\.pptx$/);
    const runs = (await slidesOf(response)).flatMap((s) => s.runs).map(plain);
    expect(runs).toContain('Summa: 157 000 tkr/år');
    expect(runs).toContain('Summa: 80 000 tkr/år (1 okänd)');
  });

  it('[PPT1][EXP6] in English and filtered by the query as the board filters: only the official rows, and the first slide says so', async () => {
    await seeds();
    const slides = await slidesOf(await get('/api/boards/hsf-atgarder/export?format=pptx&lang=en&decisionLevel=official'));
    expect(slides[0]!.runs).toContain('Filtered export: only the cards the filter shows, 10 of 17 cards (Decision level: Decided by officials)');
    expect(slides.slice(1).map((s) => s.runs[0]!.replace(/ \(cont\..*$/, ''))).toEqual(Array(slides.length - 1).fill('Measures decided at official level'));
    expect(slides.flatMap((s) => s.runs)).toContain('Total: 80,000 kSEK/year (1 unknown)');
  });

  it('[PPT4] the seeded assignments board: a slide per assignment and month', async () => {
    await seeds();
    const slides = await slidesOf(await get('/api/boards/hsf-fm-uppdrag-2025/export?format=pptx'));
    expect(slides[1]!.runs.slice(0, 1)).toEqual(['FM Uppdrag, Minska personalkostnaden HSN']);
    expect(slides[1]!.runs).toContain('Uppkomna risker och eventuellt behov av stöd');
  });

  it('[PPT1][EXP9] a viewer and a share link download the slides; a stranger gets 403, no session 401', async () => {
    const id = await fx.createBoard('Läsbar', 'measures');
    const viewer = await memberOf(fx, id, 'viewer');
    expect((await get(`/api/boards/${id}/export?format=pptx`, viewer)).status).toBe(200);
    const link = await shareOf(fx, id);
    const shared = await get(`/api/boards/${id}/export?format=pptx`, link.token);
    expect(shared.status).toBe(200);
    // An empty board is a title slide and one that says there is nothing to show.
    expect((await slidesOf(shared)).flatMap((s) => s.runs)).toContain('Inga kort att visa.');
    const stranger = await fx.user('främling', 'Fri Främling');
    expect((await get(`/api/boards/${id}/export?format=pptx`, stranger)).status).toBe(403);
    expect((await get(`/api/boards/${id}/export?format=pptx`, null)).status).toBe(401);
  });
});
