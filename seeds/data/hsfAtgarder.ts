import type { SeedMeasure, SeedMeasuresBoard } from '../seedTypes.ts';
import { hsfAtgarderTidsplan } from './hsfAtgarderTidsplan.ts';

/*
 * "Åtgärder för minskade personalkostnader (HSF)", from 000 (HSF ledningsgrupp, april 2025):
 * the list "Åtgärder som kräver politisk beredning" (Summa: 157 000 tkr/år) and the list
 * "Åtgärder som beslutas på tjänstemannanivå" (the rows add up to 80 000 tkr/år; the slide
 * heads it "Summa: 81 000" and ends it "Summa: 80 000": the board sums the rows, so 80 000).
 *
 * Text is as written, with the slide's line wraps joined and its paragraphs kept as lines;
 * only the PDF's word splits are mended ("omvårdnadspe rsonal" → "omvårdnadspersonal").
 */

/*
 * Columns are the stages of the two process slides ("Process - åtgärder som kräver politiska
 * beslut" / "… som beslutas på tjänstemannanivå"): fortsatt beredning and riskbedömningar,
 * samverkan inför beslut (FSG), beslut (i HSN, or av berörd ledningsnivå: HSD), verkställa
 * beslut. The first stage of both slides, "Framtagande och beredning av förslag", is behind
 * every row by April 2025 (all were presented to FSG in March), so it has no column.
 */
export const STAGE = {
  preparation: 'beredning',
  consultation: 'samverkan',
  decision: 'beslut',
  implementation: 'verkstalla',
} as const;

const HSN_JUNE = 'Beredning, riskbedömning inför beslut i HSN i juni. FSG utser deltagare till RoK.';
const HSN_MEMO = 'Underlag till HSN i form av tjänsteskrivelse görs av Yvonne Nygren.';
const HSD_JUNE_ROK = 'Beredning, riskbedömning inför beslut av HSD i juni. FSG utser deltagare till RoK.';
const HSD_JUNE = 'Beredning inför beslut av HSD i juni.';
const HSD_BASIS = 'Beslutsunderlag arbetas fram av beredningsansvarig';

/*
 * "HSN 18 juni" on the process slide and "2025-06-18 HSN - beslut" in the tidsplan date every
 * comment that says "inför beslut i HSN i juni". No other comment gives a day, so the others
 * have no decisionDate.
 */
const HSN_DECISION_DAY = '2025-06-18';

/** "Åtgärder som kräver politisk beredning": 7 rows, 157 000 tkr/år. */
const political: SeedMeasure[] = [
  {
    id: 'akutvardsplatser-sjukstugor',
    stage: STAGE.preparation,
    unit: 'Närsjukvård Södra Lappland',
    staffCategory: 'All personal',
    title: 'Akutvårdsplatser sjukstugor',
    effect: 20_000,
    comment: `${HSN_JUNE}\n${HSN_MEMO}`,
    responsible: ['Isabell Zemrén', 'Ewelina Ogenblad', 'Verksamhetsrepresentanter'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
    decisionDate: HSN_DECISION_DAY,
  },
  {
    id: 'primarvardsjour',
    stage: STAGE.preparation,
    unit: 'Närsjukvård Umeå',
    staffCategory: 'Hyrläkare',
    title: 'Primärvårdsjour',
    effect: 5_000,
    comment: `${HSN_JUNE}\n${HSN_MEMO}`,
    responsible: ['Christer Vilhelmsson', 'Anna Sundén'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
    decisionDate: HSN_DECISION_DAY,
  },
  {
    // Beredning of possible cuts or mergers: still being prepared. No month is given, so no decisionDate.
    id: 'uppdrag-halsocentraler',
    stage: STAGE.preparation,
    unit: 'Närsjukvård',
    staffCategory: 'Alla',
    title: 'Uppdrag hälsocentraler',
    effect: 40_000,
    comment: `Beredning av eventuella utbudsbegränsningar eller sammanslagningar. Utredning i samråd med beställarenheten.\n${HSN_MEMO}`,
    responsible: ['Camilla Andersson', 'Isabell Zemrén', 'Christer Vilhelmsson'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
  },
  {
    id: 'understallda-per-chef',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'Chefer',
    title: 'Antal underställda medarbetare per chef',
    effect: 3_000,
    comment: `${HSN_JUNE}\n${HSN_MEMO}`,
    responsible: ['Ewelina Ogenblad'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
    decisionDate: HSN_DECISION_DAY,
  },
  {
    // "inför beslut i HSN i maj": still in preparation in April; the May meeting's day is not given.
    id: 'forlossning-sommar-jul',
    stage: STAGE.preparation,
    unit: 'Länssjukvårdsområde 1',
    staffCategory: 'Hyrpersonal',
    title: 'Förlossningsverksamhet sommar och jul',
    effect: 4_000,
    comment: `Beredning, riskbedömning inför beslut i HSN i maj. Riskbedömning hanteras i VSG.\n${HSN_MEMO}`,
    responsible: ['Magnus Hedström', 'Verksamhetsledning CFOG'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
  },
  {
    // Common to all of Region Västerbotten, so the regional board decides (decisionBody RS), not HSN.
    // The comment names no further beredning, RoK or FSG step, only the tjänsteskrivelse sent
    // "till Regionstyrelsen för beslut": the measure waits in the decision stage.
    id: 'friskvardstimme',
    stage: STAGE.decision,
    unit: 'All verksamhet',
    staffCategory: 'Alla',
    title: 'Friskvårdstimme',
    effect: 5_000,
    comment: 'Gemensamt Region Västerbotten, tjänsteskrivelse till Regionstyrelsen för beslut.',
    responsible: ['Yvonne Nygren'],
    decisionLevel: 'political',
    decisionBody: 'RS',
  },
  {
    id: 'restriktivitet-ersattningsrekrytering',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'Alla',
    title: 'Restriktivitet gällande ersättningsrekrytering',
    effect: 80_000,
    comment: `Avser samtliga tjänsteutrymme - både inom administration och hälso- och sjukvården.\n${HSN_JUNE}\n${HSN_MEMO}`,
    responsible: ['Elisabeth Karlsson', 'Ewelina Ogenblad'],
    decisionLevel: 'political',
    decisionBody: 'HSN',
    decisionDate: HSN_DECISION_DAY,
  },
];

/** "Åtgärder som beslutas på tjänstemannanivå": 10 rows, 80 000 tkr/år, all decided by HSD. */
const official: SeedMeasure[] = [
  {
    id: 'byggprojekt-vardpersonal',
    stage: STAGE.preparation,
    unit: 'Närsjukvård Skellefteå',
    staffCategory: 'omvårdnadspersonal',
    title: 'Minskad insats vårdpersonal i byggprojekt under 2025',
    effect: 3_000,
    comment: `${HSD_JUNE}\n${HSD_BASIS}`,
    responsible: ['Camilla Andersson'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    // "Beslut fattat HSD": decided, so it is being carried out. The row names no beredningsansvarig.
    id: 'sommarersattningar',
    stage: STAGE.implementation,
    unit: 'All verksamhet',
    staffCategory: 'omvårdnadspersonal',
    title: 'Striktare tillämpning av sommarersättningar',
    effect: 15_000,
    comment: 'Beslut fattat HSD',
    responsible: [],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'begransning-fortbildning',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'All personal',
    title: 'Begränsning av fortbildning för all personal',
    effect: 7_000,
    comment: `${HSD_JUNE_ROK}\n${HSD_BASIS}`,
    responsible: ['Christer Vilhelmsson', 'Magnus Hedström'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'jour-i-ledighet',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'Läkare',
    title: '50 % av intjänad jour tas ut i ledighet',
    effect: 20_000,
    comment: 'Bereds i dialog med verksamheten',
    responsible: ['Elisabeth Karlsson', 'Christer Vilhelmsson', 'Magnus Hedström'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'oversyn-chefsstruktur',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'chefer',
    title: 'Översyn chefsstruktur',
    effect: 3_000,
    comment: `${HSD_JUNE_ROK}\n${HSD_BASIS}`,
    responsible: ['Ewelina Ogenblad'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    // The effect column says "?": unknown, so no effect at all (never 0); the sums list it as unknown.
    id: 'centrumbildningar',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'All personal',
    title: 'Se över möjlighet till centrumbildningar',
    comment: `${HSD_JUNE_ROK}\n${HSD_BASIS}`,
    responsible: ['Anna Sundén', 'Göran Larsson'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'digitala-halsoundersokningar-vhu',
    stage: STAGE.preparation,
    unit: 'Primärvård',
    staffCategory: 'All personal',
    title: 'Breddinförande digitala hälsoundersökningar VHU',
    effect: 5_000,
    comment: `${HSD_JUNE}\n${HSD_BASIS}`,
    responsible: ['Christer Vilhelmsson', 'Isabell Zemrén'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'mottagningsverksamhet-sommartid',
    stage: STAGE.preparation,
    unit: 'Mottagningsverksamhet',
    staffCategory: 'All personal',
    title: 'Ytterligare reducering av mottagningsverksamhet sommartid',
    effect: 3_000,
    comment: `${HSD_JUNE_ROK}\n${HSD_BASIS}`,
    responsible: ['Camilla Andersson', 'Harriet Boström', 'Ewelina Ogenblad'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    id: 'minskad-semesterskuld',
    stage: STAGE.preparation,
    unit: 'All verksamhet',
    staffCategory: 'All personal',
    title: 'Minskad semesterskuld',
    effect: 3_000,
    comment: 'Beredning och inriktningsbeslut av HSD i juni',
    responsible: ['Camilla Andersson', 'Harriet Boström', 'Ewelina Ogenblad'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
  {
    // "Arbete pågår": the work is under way, not being prepared. It continues the council's 2024
    // assignment to reduce hired staff (004: "Formalisera arbetet med att minska hyrberoendet", Klar),
    // so it is in the implementation stage.
    id: 'minskat-hyrberoende',
    stage: STAGE.implementation,
    unit: 'All verksamhet',
    staffCategory: 'Hyrpersonal',
    title: 'Minskat beroende av hyrpersonal',
    effect: 21_000,
    comment: 'Arbete pågår',
    responsible: ['Isabell Zemrén'],
    decisionLevel: 'official',
    decisionBody: 'HSD',
  },
];

/** Board 1 and its tidsplan (board 2). */
export const hsfAtgarder: SeedMeasuresBoard = {
  id: 'hsf-atgarder',
  title: 'Åtgärder för minskade personalkostnader (HSF)',
  kind: 'measures',
  // HSF's share of the council's 250 Mkr assignment (001: "HSF 213 Mkr"), in tkr/år.
  target: 213_000,
  laneField: 'decisionLevel',
  columns: [
    { id: STAGE.preparation, title: 'Beredning och riskbedömning' },
    { id: STAGE.consultation, title: 'Samverkan inför beslut i FSG' },
    { id: STAGE.decision, title: 'Beslut i HSN eller av HSD' },
    { id: STAGE.implementation, title: 'Verkställa beslut' },
  ],
  cards: [...political, ...official],
  milestones: hsfAtgarderTidsplan,
};
