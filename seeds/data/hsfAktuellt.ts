import type { SeedGeneralBoard, SeedGeneralCard } from '../seedTypes.ts';

/*
 * "Aktuellt (HSF)": the "Aktuellt" agendas that open the two HSF leadership meetings, 000 and
 * 001, one card per agenda line, as written. Kept as seed data for the meeting agendas to come;
 * for now a general board with one lane per meeting (`group`) and one column, "Aktuellt".
 *
 * Meetings: neither deck gives its date. 000 reports Cosmic's go-live of 23/4 as done and plans
 * a "Dialogmöte i maj": April 2025. 001 brings "Info från HSD-möte SKR 28-29/11" and an SKR
 * status of 241127: the end of November 2024.
 *
 * Where the deck has a slide for the agenda line, its short text, or for the long ones the
 * lines that say what was decided, is the card's comment (words as written, whole lines);
 * agenda lines without a slide of their own have no comment.
 */

const APRIL_2025 = 'HSF ledningsgrupp, april 2025';
const NOVEMBER_2024 = 'HSF ledningsgrupp, november 2024';

const item = (group: string, id: string, title: string, comment?: string): SeedGeneralCard =>
  comment === undefined ? { id, column: 'aktuellt', title, group } : { id, column: 'aktuellt', title, group, comment };

const april2025: SeedGeneralCard[] = [
  item(APRIL_2025, '2025-04-cosmic', 'COSMIC', [
    '• Go Live: 23/4 kl 06.00',
    '• Lyckat införande',
    '• Inga stora problem, mindre problem löses löpande',
    '• Vid lunchtid d 23:e – drygt 3000 inloggade användare',
    '• Statusrapporter löpande fram till 30/4',
    '• Fokus på nära användarstöd ”super users”',
    '• Cambio närvarade vid driftsättningsdygnen, ca 40 personer',
  ].join('\n')),
  item(APRIL_2025, '2025-04-atgarder', 'Arbetet med åtgärder', [
    'Fullmäktigeuppdrag att minska personalrelaterade kostnader',
    '- åtgärder som kräver politiska beslut',
    '- åtgärder som beslutas på tjänstemannanivå',
  ].join('\n')),
  item(APRIL_2025, '2025-04-civil-beredskap', 'Civil beredskap och säkerhet', [
    'Förslag åtgärder',
    '• Etablera en central, renodlad funktion för säkerhet och beredskap med huvuduppdrag och befogenhet att tydligt driva, stödja och ansvara för faktisk förmågeutveckling , samordning i länet, sjukvårdsregionalt och nationellt – samverkat och beslutat i mars, from 1 april',
    '• Tydliggöra uppdraget – tydliggjort övergripande och detaljer pågår',
    '• Samla befintliga resurser och kompetenser från hela organisationen som har förmågeutveckling, beredskap och säkerhet i huvuduppdrag - pågår',
    '• utveckla ett säkerhetsråd',
  ].join('\n')),
  item(APRIL_2025, '2025-04-sommarplanering', 'Sommarplanering, status', [
    '• Striktare tillämpning av planering',
    '• Arbete pågår för att säkra kritiska verksamheter',
    '• Drygt hälften av alla enheter är klara, för övriga pågår planering och dialoger med OC',
  ].join('\n')),
  item(APRIL_2025, '2025-04-medialt', 'Medialt', [
    '• Cosmic',
    '• Dorotea, tidigarelagd stängning av akutvårdsplatser',
    '• Neo-IVA',
    '• Ersättningar (Nordmalings HC)',
  ].join('\n')),
  item(APRIL_2025, '2025-04-dialogmote-sos', 'Dialogmöte i maj med SoS gällande statsbidraget ”Tillgänglighet”'),
];

const november2024: SeedGeneralCard[] = [
  item(NOVEMBER_2024, '2024-11-revisionen', 'Dialog med revisionen'),
  item(NOVEMBER_2024, '2024-11-verksamhetsplanering', 'Verksamhetsplanering, budget och bemanning, åtgärder', [
    '- Oro över riktade åtgärder, drygt 200 MSEK inom HSF',
    'Riktade uppdrag',
    'I regionplanen för 2025 har fullmäktige gett ett riktat uppdrag till alla nämnder. Uppdraget innebär att förvaltningarna ska ta fram konsekvensbeskrivningar och åtgärder för att minska personalkostnaden motsvarande 250 mkr.',
    '250 Mkr är 3,0 % av våra direkta personalkostnader.',
    'HSF 213 Mkr',
    'RUN 2,7 Mkr',
    'Styrelsen 32,5 mkr',
    'Patientnämnd 0,2 Mkr',
    'Folkhögskolan 1,3 mkr',
  ].join('\n')),
  item(NOVEMBER_2024, '2024-11-cosmic', 'Cosmic', [
    '• Cosmic ska driftsättas i region Västerbotten vecka 15 2025',
    'Tidpunkt för driftstart',
    'Förslagen dag: onsdag den 9 April, kl 05.00',
  ].join('\n')),
  item(NOVEMBER_2024, '2024-11-samverkan-media', 'Facklig samverkan; Aktuellt i media', [
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
  ].join('\n')),
  item(NOVEMBER_2024, '2024-11-produktion', 'Produktion och tillgänglighet', [
    'Förändringar september - oktober 2024',
    'Vårdgarantiläget',
    '• Förstabesök: 71,2 % (+11,6 %-enheter)',
    '• Åtgärder: 44,7 % (+10,5 %-enheter)',
  ].join('\n')),
  item(NOVEMBER_2024, '2024-11-satellitsystemet', 'Satellitsystemet Nus', [
    'Riktat uppdrag, underlag lämnat denna vecka',
    'Arbetsmaterial för vidare hantering och beslut om nästa steg',
  ].join('\n')),
  item(NOVEMBER_2024, '2024-11-rekryteringar', 'Rekryteringar, OC LSO2; VC Läkemedelscentrum; VC Ögon'),
  item(NOVEMBER_2024, '2024-11-skr', 'Info från HSD-möte SKR 28-29/11'),
];

/** Board 6. */
export const hsfAktuellt: SeedGeneralBoard = {
  id: 'hsf-aktuellt',
  title: 'Aktuellt (HSF)',
  kind: 'general',
  laneField: 'group',
  columns: [{ id: 'aktuellt', title: 'Aktuellt' }],
  cards: [...april2025, ...november2024],
};
