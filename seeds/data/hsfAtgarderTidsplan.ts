import type { SeedMilestone } from '../seedTypes.ts';

/*
 * The two "Tidsplan för åtgärden" slides of 000 (Datum, Aktivitet, Involverade i aktivitet),
 * one for "Åtgärd med politisk beredning" and one for "Åtgärder som beslutas på
 * tjänstemannanivå". Seven rows are word for word the same in both lists: they are kept once,
 * for the whole board (no lane). The rows only one list has carry that list's lane, the
 * decision level of the board's lanes.
 *
 * Dates are as the slides give them: "2025-04" is a month, "2025-" a year (the activity,
 * "flera tillfällen", has no one date), stored as "2025". A partial date sorts before the
 * full dates of its period.
 */

const FSG_HSD_HR = 'FSG, HSD, HR-strateg';
const RISK_PARTICIPANTS = 'HSO, verksamhetsrepresentant och beredningsansvariga';

/** Every dated activity of both tidsplaner. */
export const hsfAtgarderTidsplan: readonly SeedMilestone[] = [
  // In both lists.
  {
    id: 'extrainsatt-fsg',
    date: '2025-04-15',
    title: 'Extrainsatt FSG – information enligt MBL§19 om fortsatt process',
    involved: FSG_HSD_HR,
  },
  {
    id: 'utse-deltagare-riskbedomningar',
    date: '2025-04',
    title: 'Utse deltagare till riskbedömningar – senast 29 april',
    involved: RISK_PARTICIPANTS,
  },
  {
    id: 'utredning-och-beredning',
    date: '2025-04',
    title: 'Utredning och beredning av ärenden inkl. färdigställande av underlag',
    involved: 'Beredningsansvariga',
  },
  {
    id: 'fsg-ordinarie-april',
    date: '2025-04-25',
    title: 'FSG för HSF – ordinarie möte, möjlighet till förtydligande frågor',
    involved: 'FSG, OC (ersätter HSD), HR-strateg',
  },
  {
    id: 'genomfora-riskbedomningar',
    date: '2025',
    title: 'Genomföra riskbedömningar, flera tillfällen',
    involved: RISK_PARTICIPANTS,
  },
  {
    id: 'fsg-ordinarie-maj',
    date: '2025-05-20',
    title: 'FSG för HSF – ordinarie möte information enligt MBL§19 kopplat till FM-uppdrag',
    involved: FSG_HSD_HR,
  },
  {
    id: 'fsg-samverkan-infor-beslut',
    date: '2025-06-17',
    title: 'FSG för HSF – samverkan inför beslut',
    involved: FSG_HSD_HR,
  },
  // Only "Åtgärd med politisk beredning".
  {
    id: 'stoppdatum-underlag-hsn',
    date: '2025-05-20',
    title: 'Stoppdatum – underlag klara till HSN inkl. riskbedömning och tjänsteskrivelser',
    involved: 'Beredningsansvariga, stabschef HSF',
    lane: 'political',
  },
  {
    id: 'hsn-au-politisk',
    date: '2025-06-04',
    title: 'HSN au',
    involved: 'HSD, stabschef HSF',
    lane: 'political',
  },
  {
    id: 'hsn-beslut',
    date: '2025-06-18',
    title: 'HSN - beslut',
    involved: 'HSD, stabschef HSF',
    lane: 'political',
  },
  // Only "Åtgärder som beslutas på tjänstemannanivå".
  {
    id: 'hsn-au-information',
    date: '2025-06-04',
    title: 'HSN au – information från HSD',
    involved: 'HSD',
    lane: 'official',
  },
  {
    id: 'hsn-information',
    date: '2025-06-18',
    title: 'HSN – information från HSD',
    involved: 'HSD',
    lane: 'official',
  },
];
