import type { SeedMeeting } from '../seedTypes.ts';
import { hsfAtgarder } from './hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from './hsfFmUppdrag2025.ts';

/*
 * The two HSF leadership meetings of the seed documents, 000 (April 2025) and 001 (November
 * 2024): the "Aktuellt" agenda that opens each deck, one item per agenda line, titles as
 * written. These meetings replace the "Aktuellt (HSF)" board the seeds used to carry.
 *
 * Notes: where the deck has a slide for the agenda line, its short text, or for the long ones
 * the lines that say what was decided, is the item's notes (words as written, whole lines);
 * agenda lines without a slide of their own have no notes.
 *
 * Dates: neither deck gives its own, so these are Tavla's, read from the text.
 * - 000: Cosmic's go-live "23/4 kl 06.00" is reported as done, with its first lunchtime
 *   ("Vid lunchtid d 23:e"), while "Statusrapporter löpande fram till 30/4" still run, and the
 *   "Dialogmöte i maj" is to come: the last week of April. Tuesday 2025-04-29.
 * - 001: it brings "Info från HSD-möte SKR 28-29/11" and an SKR status of "241127", and the
 *   meeting is November's: the last day of that SKR meeting, Friday 2024-11-29.
 * Start time, place, video link: the documents give none, so none is set. Attendees: neither
 * deck lists who took part, so there are none. Presenters (föredragande): no agenda line names
 * one ("Elisabeth (HSD)" in 001 is a role in a diagram, "HSF-staben/ls" a slide footer), so none.
 *
 * Minutes: the documents give no time boxes; these are Tavla's: 5–10 for a line the deck gives
 * no more than its title or a short list, 15–20 for an item with slides of figures or
 * proposals, 30 for "Arbetet med åtgärder", which goes through both measures lists and their
 * tidsplan.
 *
 * Kinds: information, unless the text asks the group for more:
 * - 000 "Arbetet med åtgärder": diskussion; the group goes through the measures lists and
 *   their tidsplan, whose decisions lie with HSN and FSG, not with this meeting.
 * - 001 "Verksamhetsplanering, budget och bemanning, åtgärder": diskussion; its slide raises
 *   "Oro över riktade åtgärder, drygt 200 MSEK inom HSF".
 * - 001 "Cosmic": beslut; it proposes the go-live ("Tidpunkt för driftstart", "Förslagen dag").
 * - 001 "Satellitsystemet Nus": diskussion; "Arbetsmaterial för vidare hantering och beslut om
 *   nästa steg" is material to work on, the decision comes later.
 * - 000 "Civil beredskap och säkerhet" stays information: its "Förslag åtgärder" were
 *   "samverkat och beslutat i mars" and report their progress ("pågår").
 *
 * Links: "Arbetet med åtgärder" shows the measures board. 000 also holds the March status of
 * the council assignments ("Fullmäktigeuppdragen, mars 2025"), on slides after the agenda's
 * last one and under no agenda line of its own; the April agenda must keep its six lines, so
 * the status goes with "Arbetet med åtgärder", whose own slide is "Fullmäktigeuppdrag att
 * minska personalrelaterade kostnader", the assignment that the status section opens with
 * ("FM Uppdrag, Minska personalkostnaden HSN"). That item therefore also shows the assignments
 * board and links that assignment's card. The November deck predates both boards: no links.
 */

const GROUP = 'HSF ledningsgrupp';

/** "HSF ledningsgrupp, april 2025" (000): six agenda lines. */
export const hsfLg202504: SeedMeeting = {
  id: 'hsf-lg-2025-04',
  title: 'HSF ledningsgrupp, april 2025',
  date: '2025-04-29',
  group: GROUP,
  items: [
    {
      id: 'cosmic',
      title: 'COSMIC',
      kind: 'information',
      minutes: 15,
      notes: [
        '• Go Live: 23/4 kl 06.00',
        '• Lyckat införande',
        '• Inga stora problem, mindre problem löses löpande',
        '• Vid lunchtid d 23:e – drygt 3000 inloggade användare',
        '• Statusrapporter löpande fram till 30/4',
        '• Fokus på nära användarstöd ”super users”',
        '• Cambio närvarade vid driftsättningsdygnen, ca 40 personer',
      ],
    },
    {
      id: 'atgarder',
      title: 'Arbetet med åtgärder',
      kind: 'discussion',
      minutes: 30,
      notes: ['Fullmäktigeuppdrag att minska personalrelaterade kostnader', '- åtgärder som kräver politiska beslut', '- åtgärder som beslutas på tjänstemannanivå'],
      boards: [hsfAtgarder.id, hsfFmUppdrag2025.id],
      cards: [{ board: hsfFmUppdrag2025.id, card: 'personalkostnad-hsn' }],
    },
    {
      id: 'civil-beredskap',
      title: 'Civil beredskap och säkerhet',
      kind: 'information',
      minutes: 15,
      notes: [
        'Förslag åtgärder',
        '• Etablera en central, renodlad funktion för säkerhet och beredskap med huvuduppdrag och befogenhet att tydligt driva, stödja och ansvara för faktisk förmågeutveckling , samordning i länet, sjukvårdsregionalt och nationellt – samverkat och beslutat i mars, from 1 april',
        '• Tydliggöra uppdraget – tydliggjort övergripande och detaljer pågår',
        '• Samla befintliga resurser och kompetenser från hela organisationen som har förmågeutveckling, beredskap och säkerhet i huvuduppdrag - pågår',
        '• utveckla ett säkerhetsråd',
      ],
    },
    {
      id: 'sommarplanering',
      title: 'Sommarplanering, status',
      kind: 'information',
      minutes: 10,
      notes: [
        '• Striktare tillämpning av planering',
        '• Arbete pågår för att säkra kritiska verksamheter',
        '• Drygt hälften av alla enheter är klara, för övriga pågår planering och dialoger med OC',
      ],
    },
    {
      id: 'medialt',
      title: 'Medialt',
      kind: 'information',
      minutes: 10,
      notes: ['• Cosmic', '• Dorotea, tidigarelagd stängning av akutvårdsplatser', '• Neo-IVA', '• Ersättningar (Nordmalings HC)'],
    },
    { id: 'dialogmote-sos', title: 'Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”', kind: 'information', minutes: 5 },
  ],
};

/** "HSF ledningsgrupp, november 2024" (001): eight agenda lines. */
export const hsfLg202411: SeedMeeting = {
  id: 'hsf-lg-2024-11',
  title: 'HSF ledningsgrupp, november 2024',
  date: '2024-11-29',
  group: GROUP,
  items: [
    { id: 'revisionen', title: 'Dialog med revisionen', kind: 'information', minutes: 10 },
    {
      id: 'verksamhetsplanering',
      title: 'Verksamhetsplanering, budget och bemanning, åtgärder',
      kind: 'discussion',
      minutes: 20,
      notes: [
        '- Oro över riktade åtgärder, drygt 200 MSEK inom HSF',
        'Riktade uppdrag',
        'I regionplanen för 2025 har fullmäktige gett ett riktat uppdrag till alla nämnder. Uppdraget innebär att förvaltningarna ska ta fram konsekvensbeskrivningar och åtgärder för att minska personalkostnaden motsvarande 250 mkr.',
        '250 Mkr är 3,0 % av våra direkta personalkostnader.',
        'HSF 213 Mkr',
        'RUN 2,7 Mkr',
        'Styrelsen 32,5 mkr',
        'Patientnämnd 0,2 Mkr',
        'Folkhögskolan 1,3 mkr',
      ],
    },
    {
      id: 'cosmic',
      title: 'Cosmic',
      kind: 'decision',
      minutes: 15,
      notes: ['• Cosmic ska driftsättas i region Västerbotten vecka 15 2025', 'Tidpunkt för driftstart', 'Förslagen dag: onsdag den 9 April, kl 05.00'],
    },
    {
      id: 'samverkan-media',
      title: 'Facklig samverkan; Aktuellt i media',
      kind: 'information',
      minutes: 10,
      notes: [
        'Facklig samverkan',
        '- Dialog med vårdförbundet',
        '- Tidig inkludering',
        '- Ont om tid',
        '- Planerad översyn av samverkansavtalet under våren',
        'Aktuellt i media',
        '- Lycksele BB',
        '- Avtalstvist med Livio',
        '- Regionvårdsavtalet',
        '- Medicinska biblioteket',
      ],
    },
    {
      id: 'produktion',
      title: 'Produktion och tillgänglighet',
      kind: 'information',
      minutes: 15,
      notes: ['Förändringar september - oktober 2024', 'Vårdgarantiläget', '• Förstabesök: 71,2 % (+11,6 %-enheter)', '• Åtgärder: 44,7 % (+10,5 %-enheter)'],
    },
    {
      id: 'satellitsystemet',
      title: 'Satellitsystemet Nus',
      kind: 'discussion',
      minutes: 15,
      notes: ['Riktat uppdrag, underlag lämnat denna vecka', 'Arbetsmaterial för vidare hantering och beslut om nästa steg'],
    },
    { id: 'rekryteringar', title: 'Rekryteringar, OC LSO2; VC Läkemedelscentrum; VC Ögon', kind: 'information', minutes: 5 },
    { id: 'skr', title: 'Info från HSD-möte SKR 28-29/11', kind: 'information', minutes: 15 },
  ],
};
