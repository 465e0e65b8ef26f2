import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../seeds/data/hsfAtgarder.ts';
import { readMilestones } from '../../shared/read/readMilestones.ts';
import { computeTotals } from '../../shared/sums.ts';
import { built } from './seedBoard.ts';

const PREP = 'Beredning och riskbedömning';
const DECISION = 'Beslut i HSN eller av HSD';
const DOING = 'Verkställa beslut';

// 000, "Åtgärder som kräver politisk beredning" and "… beslutas på tjänstemannanivå", row by row:
// åtgärd, verksamhet, personal kat, effekt tkr/år (undefined for "?"), beredningsansvarig, beslutsnivå, beslutande, kolumn.
type Row = [string, string, string, number | undefined, string[], 'political' | 'official', string, string];
const ROWS: Row[] = [
  ['Akutvårdsplatser sjukstugor', 'Närsjukvård Södra Lappland', 'All personal', 20_000, ['Isabell Zemrén', 'Ewelina Ogenblad', 'Verksamhetsrepresentanter'], 'political', 'HSN', PREP],
  ['Primärvårdsjour', 'Närsjukvård Umeå', 'Hyrläkare', 5_000, ['Christer Vilhelmsson', 'Anna Sundén'], 'political', 'HSN', PREP],
  ['Uppdrag hälsocentraler', 'Närsjukvård', 'Alla', 40_000, ['Camilla Andersson', 'Isabell Zemrén', 'Christer Vilhelmsson'], 'political', 'HSN', PREP],
  ['Antal underställda medarbetare per chef', 'All verksamhet', 'Chefer', 3_000, ['Ewelina Ogenblad'], 'political', 'HSN', PREP],
  ['Förlossningsverksamhet sommar och jul', 'Länssjukvårdsområde 1', 'Hyrpersonal', 4_000, ['Magnus Hedström', 'Verksamhetsledning CFOG'], 'political', 'HSN', PREP],
  ['Friskvårdstimme', 'All verksamhet', 'Alla', 5_000, ['Yvonne Nygren'], 'political', 'RS', DECISION],
  ['Restriktivitet gällande ersättningsrekrytering', 'All verksamhet', 'Alla', 80_000, ['Elisabeth Karlsson', 'Ewelina Ogenblad'], 'political', 'HSN', PREP],
  ['Minskad insats vårdpersonal i byggprojekt under 2025', 'Närsjukvård Skellefteå', 'omvårdnadspersonal', 3_000, ['Camilla Andersson'], 'official', 'HSD', PREP],
  ['Striktare tillämpning av sommarersättningar', 'All verksamhet', 'omvårdnadspersonal', 15_000, [], 'official', 'HSD', DOING],
  ['Begränsning av fortbildning för all personal', 'All verksamhet', 'All personal', 7_000, ['Christer Vilhelmsson', 'Magnus Hedström'], 'official', 'HSD', PREP],
  ['50 % av intjänad jour tas ut i ledighet', 'All verksamhet', 'Läkare', 20_000, ['Elisabeth Karlsson', 'Christer Vilhelmsson', 'Magnus Hedström'], 'official', 'HSD', PREP],
  ['Översyn chefsstruktur', 'All verksamhet', 'chefer', 3_000, ['Ewelina Ogenblad'], 'official', 'HSD', PREP],
  ['Se över möjlighet till centrumbildningar', 'All verksamhet', 'All personal', undefined, ['Anna Sundén', 'Göran Larsson'], 'official', 'HSD', PREP],
  ['Breddinförande digitala hälsoundersökningar VHU', 'Primärvård', 'All personal', 5_000, ['Christer Vilhelmsson', 'Isabell Zemrén'], 'official', 'HSD', PREP],
  ['Ytterligare reducering av mottagningsverksamhet sommartid', 'Mottagningsverksamhet', 'All personal', 3_000, ['Camilla Andersson', 'Harriet Boström', 'Ewelina Ogenblad'], 'official', 'HSD', PREP],
  ['Minskad semesterskuld', 'All verksamhet', 'All personal', 3_000, ['Camilla Andersson', 'Harriet Boström', 'Ewelina Ogenblad'], 'official', 'HSD', PREP],
  ['Minskat beroende av hyrpersonal', 'All verksamhet', 'Hyrpersonal', 21_000, ['Isabell Zemrén'], 'official', 'HSD', DOING],
];

// The comment phrase that puts each measure in its stage.
const STAGE_PHRASES: [string, string][] = [
  ['Akutvårdsplatser sjukstugor', 'inför beslut i HSN i juni'],
  ['Förlossningsverksamhet sommar och jul', 'inför beslut i HSN i maj'],
  ['Friskvårdstimme', 'tjänsteskrivelse till Regionstyrelsen för beslut'],
  ['Striktare tillämpning av sommarersättningar', 'Beslut fattat HSD'],
  ['50 % av intjänad jour tas ut i ledighet', 'Bereds i dialog med verksamheten'],
  ['Minskad semesterskuld', 'Beredning och inriktningsbeslut av HSD i juni'],
  ['Minskat beroende av hyrpersonal', 'Arbete pågår'],
];

// Both tidsplaner of 000: datum, aktivitet, involverade, lane (undefined: in both lists).
const TIDSPLAN: [string, string, string, string | undefined][] = [
  ['2025', 'Genomföra riskbedömningar, flera tillfällen', 'HSO, verksamhetsrepresentant och beredningsansvariga', undefined],
  ['2025-04', 'Utredning och beredning av ärenden inkl. färdigställande av underlag', 'Beredningsansvariga', undefined],
  ['2025-04', 'Utse deltagare till riskbedömningar – senast 29 april', 'HSO, verksamhetsrepresentant och beredningsansvariga', undefined],
  ['2025-04-15', 'Extrainsatt FSG – information enligt MBL§19 om fortsatt process', 'FSG, HSD, HR-strateg', undefined],
  ['2025-04-25', 'FSG för HSF – ordinarie möte, möjlighet till förtydligande frågor', 'FSG, OC (ersätter HSD), HR-strateg', undefined],
  ['2025-05-20', 'FSG för HSF – ordinarie möte information enligt MBL§19 kopplat till FM-uppdrag', 'FSG, HSD, HR-strateg', undefined],
  ['2025-05-20', 'Stoppdatum – underlag klara till HSN inkl. riskbedömning och tjänsteskrivelser', 'Beredningsansvariga, stabschef HSF', 'political'],
  ['2025-06-04', 'HSN au – information från HSD', 'HSD', 'official'],
  ['2025-06-04', 'HSN au', 'HSD, stabschef HSF', 'political'],
  ['2025-06-17', 'FSG för HSF – samverkan inför beslut', 'FSG, HSD, HR-strateg', undefined],
  ['2025-06-18', 'HSN - beslut', 'HSD, stabschef HSF', 'political'],
  ['2025-06-18', 'HSN – information från HSD', 'HSD', 'official'],
];

describe('seed board hsf-atgarder (000: åtgärder för minskade personalkostnader)', () => {
  const { doc, board, byTitle, columnTitle } = built(hsfAtgarder);

  it('is a measures board with the target, the decision-level lanes and the four process stages', () => {
    expect(board.meta).toMatchObject({ title: 'Åtgärder för minskade personalkostnader (HSF)', kind: 'measures', target: 213_000, laneField: 'decisionLevel' });
    expect(board.columns.map((c) => c.title)).toEqual([PREP, 'Samverkan inför beslut i FSG', DECISION, DOING]);
  });

  it('holds every row of both lists and nothing else', () => {
    expect(board.cards.map((c) => c.title).sort()).toEqual(ROWS.map((r) => r[0]).sort());
  });

  it.each(ROWS)('%s: verksamhet, personalkategori, effekt, ansvariga, beslutsnivå, beslutande, stage', (title, unit, staff, effect, responsible, level, body, stage) => {
    const card = byTitle(title);
    expect(card.unit).toBe(unit);
    expect(card.staffCategory).toBe(staff);
    expect(card.effect).toBe(effect);
    expect(card.responsible).toEqual(responsible);
    expect(card.decisionLevel).toBe(level);
    expect(card.decisionBody).toBe(body);
    expect(columnTitle(card)).toBe(stage);
    expect(card.archived).toBe(false);
  });

  it.each(STAGE_PHRASES)('%s: the comment that decides its stage is kept', (title, phrase) => {
    expect(byTitle(title).comment).toContain(phrase);
  });

  it('leaves the unknown effect of "Se över möjlighet till centrumbildningar" absent, never 0', () => {
    const card = byTitle('Se över möjlighet till centrumbildningar');
    expect('effect' in card).toBe(false);
    expect(computeTotals(board).board.unknownEffect).toEqual([card.id]);
  });

  it('adds up to 157 000 (political), 80 000 (official) and 237 000 tkr/år in all', () => {
    const totals = computeTotals(board);
    expect(totals.lanes.get('political')).toMatchObject({ count: 7, effect: 157_000, unknownEffect: [] });
    expect(totals.lanes.get('official')).toMatchObject({ count: 10, effect: 80_000 });
    expect(totals.board).toMatchObject({ count: 17, effect: 237_000 });
    expect(totals.target).toBe(213_000);
  });

  it('dates the June HSN decisions by the tidsplan (2025-06-18) and no others', () => {
    const dated = board.cards.filter((c) => c.decisionDate !== undefined);
    expect(dated.map((c) => c.title).sort()).toEqual(
      ['Akutvårdsplatser sjukstugor', 'Antal underställda medarbetare per chef', 'Primärvårdsjour', 'Restriktivitet gällande ersättningsrekrytering'].sort(),
    );
    expect(new Set(dated.map((c) => c.decisionDate))).toEqual(new Set(['2025-06-18']));
  });

  it('has the tidsplan of both lists as milestones, sorted by date then id', () => {
    const rows = readMilestones(doc).map((m) => [m.date, m.title, m.involved, m.lane]);
    expect(rows).toEqual(TIDSPLAN);
  });
});
