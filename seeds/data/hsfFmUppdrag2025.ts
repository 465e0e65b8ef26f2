import type { SeedAssignmentsBoard, SeedReport } from '../seedTypes.ts';

/*
 * "Fullmäktigeuppdrag 2025 (HSF)": the "FM Uppdrag, …" status slides of 000 (HSF ledningsgrupp,
 * april 2025) and 002 (the same slides, later). Each slide is one monthly report: Kommande
 * månad, Senaste månaden, Kommentarer, Uppkomna risker och eventuellt behov av stöd.
 *
 * Which month a report covers (its "Senaste månaden"):
 * - 000's slides are headed "Fullmäktigeuppdragen, mars 2025", and the one dated slide says
 *   "Senaste månaden mars" / "Kommande månad april": 2025-03.
 * - 002's one dated slide says "Senaste månaden maj" / "Kommande månad juni", and its others
 *   agree: the WS that 000 planned "i maj" is "genomförd i Lycksele", the steering group's work
 *   "har tillfälligt fått stå tillbaka på grund av Cosmicinförandet" (go-live 23/4): 2025-05.
 *   Except where 002 repeats a March slide: the HSN and "kloka kliniska val" slides are word
 *   for word 000's March reports (kept once, as March), and the RUN slide speaks of "RUN 9/4"
 *   as still to come after meetings of 17/3, 19/3 and 26/3: March. The RS slide gives no date;
 *   it is written like its HSN and RUN neighbours ("Förvaltningen har arbetat fram
 *   åtgärdsförslag för att omfatta minst …") and sits with them: March too.
 *
 * Text is as written (line wraps joined, paragraphs and bullets kept as lines, word splits
 * mended). Left out: the slide template's own prompts ("Sammanfatta kort det arbete som …",
 * "Eventuella kommentarer här.", "Här nämns eventuella risker …"), which are the form, not
 * the report; stray empty bullets ("-", "."); and a lone "s" in one empty box.
 */

const MONTH_000 = '2025-03';
const MONTH_002 = '2025-05';

/** The "Målet" list under Kommentarer of the ledning och styrning slides, the same in both months. */
const LEDNING_MALET = [
  'Målet',
  '• Regionens olika styrmodeller är beskrivna, tydliggjorda och det är känt hur de hänger ihop',
  '• Gemensam verksamhetsstyrning är mplementerad till VC nivå på NUS för de inom tillgänglighet uppdraget och pågår för resterande verksamheter inom RV',
  '• Verksamhetsplaneringen är djupare förankrad i region/nämndplanerna och vi har ett gemensamt systemstöd för uppföljning',
  '• Verktygslåda och metoder för flödesarbeten, ständiga förbättringar används',
  '• Målstyrning och analyser sker faktabaserat och stödjer erksamhetsutvecklingen',
].join('\n');

const LEDNING_RISKER = [
  'Risk för att våra system kan inte alltid leverera de kvalitetssäkrade data vi behöver för faktabaserade beslut.',
  '• Mottagarkapaciteten ifh till andra prioriterade uppdrag.',
  '• I närtid –Påverkan för HSF:s verksamheter. Införandet av Cosmic',
].join('\n');

const personalkostnadHsn: SeedReport = {
  month: MONTH_000,
  nextMonth:
    'Efter beslut i HSN om hur fortsatt beredning av respektive ärende ska ske, kommer HSF att utföra t ex RoK och andra konsekvensbeskrivningar. Respektive ärende kommer därefter upp för nytt beslut i HSN i juni.\nDe åtgärder som hanteras i HSF konsekvensbeskrivs och beslutas i FSG.',
  lastMonth:
    'Förvaltningen har arbetat fram åtgärdsförslag för att omfatta minst 213 MSEK. Vissa åtgärder kräver politiskt beslut, vissa kan åtgärdas i HSFs förvaltning. Alla åtgärdsförslag är i formen av arbetsmaterial presenterat för HSN-AU 12/3; för FSG den 18/3. De åtgärder som kräver politiskt beslut presenteras för HSN som separata ärenden till mötet den 26/3',
  comments:
    'Processen och åtgärdsförslag beskrivs på RVs intranät där aktuell info läggs ut den 19/3 i samband med att handlingar till HSN publiceras. Uppdaterad info planeras den 26/3 efter HSN och därefter löpande.',
  risks:
    'Omfattningen av besparingskravet är stort och det går inte att undvika åtgärder som får påverkan på verksamhet, personal och patienter.\nDenna process pågår parallellt med införande av nytt journalsystem som kommer att ha negativ påverkan på vår tillgänglighet under resterande del av 2025',
};

const personalkostnadRun: SeedReport = {
  month: MONTH_000,
  nextMonth:
    'Efter RUN 9/4 sker möte med politisk styrgrupp den 14/4 som ger vägledning kring fortsatt hantering för att minska personalkostnaderna.',
  lastMonth:
    'Förvaltningen har tagit fram konsekvensbeskrivningar och åtgärder för minskade personalkostnader motsvarande 2,7 MSEK. Förslagen är presenterade och förankrade i politisk styrgrupp 17/3, FSG 19/3, RUN AU 26/3. Den 9/4 tas beslut i RUN kring fortsatt hantering. Samtliga förslag kräver politiskt ställningstagande.',
  comments:
    'Information om processen, konsekvensbeskrivningar och åtgärdsförslag har presenterats både vid digitala personalträffar och via förvaltningens teams-kanal samt i FSG. Efter RUN 9/4 sker ytterligare digital personalträff och skriftlig information publiceras på RVs intranät och publiceras därefter löpande.',
  risks:
    'För varje föreslagen åtgärd finns en översiktlig konsekvensbeskrivning. Men det är först efter politiskt ställningstagande i RUN som det genomförs en formell och grundlig risk- och konsekvensbedömning som också identifierar eventuella behov av stöd.',
};

const personalkostnadRs: SeedReport = {
  month: MONTH_000,
  nextMonth:
    'En del av förslagen är vakansen och där får vi direkt effekt, en del andra bygger på att vi genomför vissa aktiviteter, Inom RSLG bestämde vi en uppföljningsmetodik så vi kan följa progressen månad för månad',
  lastMonth:
    'Förvaltningen har arbetat fram åtgärdsförslag för att omfatta minst 29,5 MSEK. Förslag är framtagna och indelade i fyra kategorier varav ambitionssänkningar som uppnår 15 mkr som kräver ett politiskt ställningstagande, resten ligger inom ramen för förvaltningens ledning att genomföra. Förslagen är beslutade i regionstyrelsen och samverkade',
  comments:
    'Utifrån att en vakans/pensionavgång uppstår för cafeverksamheten i gymmet på NUS kommer frågan om nedläggning att tas upp på kommande RS-AU',
  risks: 'Risk för viss förskjutning i de aktiviteter som kräver åtgärder.Inget behov av stöd',
};

const hyrberoende: SeedReport[] = [
  {
    month: MONTH_000,
    nextMonth:
      '- Anpassning av arbetet med hänsyn till Cosmic\n- Fortsatt kommunikationsinsats för inför sommaren\n- Strategi för att vi ska orka hålla i och hålla ut, där vi ser att blandade aktiviteter med kommunikationsinsatser kommer ha stor betydelse',
    lastMonth:
      '- Styrgruppens sammansättning och arbetssätt har setts över och kommande arbetsmöten kommer att anpassas till Cosmicinförandet\n- Ytterligare kommunikationsinsats har planerats och genomförts i samband med att SKR släppt sin rapport',
    comments:
      '- Styrgruppen har enats om att det angreppssätt som använts under 2024 måste ses som framgångsrikt då kostnaderna för hyrbemanning minskat med –17 miljoner, trots att vi undvikit hyrstopp, Styrkan har varit att vi jobbar på bredden där alla verksamheter tar ansvar, samt ett mer systematisk arbete för bedömning av behov inför avrop',
    risks:
      '- Risk att avrop inför sommaren görs för tidigt då färdiga scheman inte följet mer avrop. Innebär att man kommer behöva göra om processen och skapar merarbete för upphandlingsenheten.\n- Införandet av Cosmic kommer att påverka tillgänglighet, vilket kommer att öka efterfrågan av att stärka upp verksamheterna med hyrbemanning',
  },
  {
    month: MONTH_002,
    nextMonth:
      '- Fortsatt anpassning av arbetet i styrgruppen med hänsyn till Cosmic och sommarplanering\n- Fortsatt strategi för att vi ska orka hålla i och hålla ut! Vi ser att blandade aktiviteter med kommunikationsinsatser kommer ha stor betydelse',
    lastMonth:
      '- Styrgruppens arbete har tillfälligt fått stå tillbaka på grund av Cosmicinförandet. Däremot så ser vi att ute i verksamheterna så fortgår det systematiska arbetet med att successivt minska användandet av hyrbemanning.',
    comments:
      '- Styrgruppen enades om att det angreppssätt som använts under 2024 måste ses som framgångsrikt.\n- Styrkan har varit att vi jobbar på bredden där alla verksamheter tar ansvar, samt ett mer systematisk arbete för bedömning av behov inför avrop',
    risks:
      '- Införandet av Cosmic har stor påverkan gällande tillgänglighet, vilket kommer att öka risken av efterfrågan gällande hyrbemanning.\n- Vi kan se tendens till ökad övertid i verksamheter där man minskat hyrbemanningen.',
  },
];

const klokaKliniskaVal: SeedReport = {
  month: MONTH_000,
  nextMonth:
    'varje områdesledningsgrupp ska ha frågan på bordet och diskutera vad just de behöver göra för att komma vidare. Verksamhetschefer får ett riktat uppdrag att inför delårsrapport återkoppla kring nuläget, redovisa vad man har gjort och vad man planerar att göra.',
  lastMonth:
    'Arbetet med etiska prioriteringar och kloka kliniska val i regionen har involverat flera viktiga aspekter. Det finns en diskussion om att prioritera klokare för att kunna ta in sådant som är mer värdeskapande, och det har t.ex. gjorts mycket kring det palliativa vårdförloppet. Rehabcentrum har gjort ett stort jobb kring etiska prioriteringar, liksom Medicin geriatrik i Skellefteå. Det finns diskussioner om att kunna följa upp med data och det vore av stort värde om det gick att få fram sifferexempel att lyfta.',
  comments:
    'Det är fortsatt viktigt att frågan är professionsägd. Ferenc Sari har fortsatt ett stort engagemang inom området, och Gabriella Bandling och Daniel Marklund är bra kontakter för stöd kring kommunikation.',
  // The box holds only the template's prompt.
  risks: '',
};

const tillganglighet: SeedReport[] = [
  {
    month: MONTH_000,
    nextMonth: 'Redovisning av analysen omkring schemaläggning, flödesarbeten på öron planeras',
    lastMonth:
      'Omflyttning av verksamheter inom kirurgicentrum har skett och gått mycket bra. Hyraudionomer och arbetet att fördela om delar av arbetsutrymmet till audionomassistenter planeras. Köbearbetning inom ögon och rekrytering av chefer inom ROC har skett.',
    comments: 'Tappat personal inom öron och ROC vilket försvårar planerna om utökning av Vp och köbearbetning',
    risks: 'Nej',
  },
  {
    month: MONTH_002,
    // The box holds only the template's prompt and a stray "s": nothing was planned in writing.
    nextMonth: '',
    lastMonth: 'Förberedande arbetet för Cosmicinförandet har skapat en förskjutning',
    comments: 'Cosmic,cosmic,cosmic gör att tillgängligheten kommer sjunka',
    risks: 'Nej',
  },
];

const naraVard: SeedReport[] = [
  {
    month: MONTH_000,
    nextMonth:
      '- Fortsatt planering inför WS i maj där förhoppningen är att vi kan enas om grunden till den gemensamma primärvårdsplanen\nÖversyn av nuvarande arbetssätt och stödstrukturer för att säkra fortsatt framdrift. Framför allt i de arbeten som redan påbörjats!',
    lastMonth:
      'Justering av beställning primärvård, ersättningsmodell och förändrad uppföljningsplan hälsoval primärvård pågår\nArbetet med gemensam primärvårdsplan hanteras i LSG och förberedelse inför gemensam WS i maj pågår nu för att fånga upp nuläge i de lokala samverkansstrukturerna\nLPO PV är uppstartad och utformning gällande deltagande och arbetssätt pågår Regionen har uppdaterat representationen i LSG\nFramtagandet av utbildning rörande personcentrerade arbetssätt fortgår',
    comments:
      'Vakansen av de två länskoordinatorerna har självklart inverkat på hantering och framdrift av de regionövergripande samverkansfrågorna\nGällande arbetet med beställningen och ersättningsmodellen så behöver vi säkra att verksamheterna verkligen upplever delaktighet i processen.',
    risks:
      '- På grund av Cosmic risk att det kan vara svårt att frigöra tid för samverkande dialog där verksamheterna behöver vara delaktiga.',
  },
  {
    month: MONTH_002,
    nextMonth:
      '- Fortsatt arbete med att sammanställa och omhänderta det vi enades om vid den gemensamma WS i Lycksele. Ett arbete som ska ligga till grund för vår gemensamma primärvårdsplan.\n- Fortsatt arbete gällande utbildning rörande personcentrerade arbetssätt\n- Införande av Lifecare SP som erätter Prator',
    lastMonth:
      'Justering av beställning primärvård, ersättningsmodell och förändrad uppföljningsplan hälsoval primärvård.\nArbetet med gemensam primärvårdsplan hanteras i LSG och gemensam WS genomförd i Lycksele\nMitt vaccin är infört\nDe två nya länskoordinatorerna är nu på plats!\nInformationsinsatser gällande nya socialtjänstlagen genomförs i olika forum',
    comments:
      'Gällande arbetet med beställningen och ersättningsmodellen så behöver vi säkra fungerande implementering\nVi behöver säkra samsyn på alla berörda arenor, gällande gemensam primärvårdsplan',
    risks:
      '- Life Care SP innebär nya arbetssätt vilket kan skapa vissa störningar i utskrivningsprocessen\n- Införandet av Cosmic i regionen kommer att påverka alla verksamheter gällande tillgänglighet, vilket även kan påverka våra lokala samverkansprocesser',
  },
];

const ledningOchStyrning: SeedReport[] = [
  {
    month: MONTH_000,
    nextMonth:
      'Strukturöversyn verksamhetsplanering – Verksamhetsnära perspektivet, intervjuer och workshop med referensgrupp/ utvalda chefer utförs.\nRegionens styrmodeller, styrningsmodeller analyseras i Förvaltningsövergripande arbetsgruppen.\nVerksamhetsstyrning med OC: AS, MH & CW pågår –Identitet/ uppföljning/ möten/utveckling\nLedningssystem, –Översyn beredning/ revidering policys och stöd för ackreditering till Comprehensive Cancer Centre, processbeskrivning färdigställs och införs i system.',
    lastMonth:
      '• Kvalitet i grunduppdrag förankring/ test har utförts från VC, OC, till HSD. Dom tekniska förutsättningarna i Stratsys är under uppbyggnad.\n• Verksamhetsplanering – Verksamhetsnära perspektivet, analys av enkätsvar från verksamheter klart.\n• Regionens styrmodeller insamlade, sorteras i en kartläggning i Förvaltningsövergripande arbetsgruppen.\n• Verksamhetsstyrning, inledande samtal med OC AS, MH & CW inbokat/ pågår.\n• Ledningssystem, förbättra arbetssätt, följsamhet och processer –Översyn/ revidering policys pågår och stöd för ackreditering till Comprehensive Cancer Centre fortlöper enligt plan.',
    comments: LEDNING_MALET,
    risks: LEDNING_RISKER,
  },
  {
    month: MONTH_002,
    nextMonth:
      '• Regionens styrmodeller, styrningsmodeller kopplas mot systemledning\n• Verksamhetsstyrning -OC: AS, MH & CW igång i olika stadier –Identitet/ uppföljning/ möten/ utveckling\n-Prototypen i Stratsys för: kvalitet i grunduppdraget, identitet/uppdrag och ständiga förbättringar visning via Ida.\n• Verktygslåda och metoder Kompletteras med förändringsledning, görs redo inför ledardagen.\n• Ledningssystem, Stöd för ackreditering Comprehensive Cancer Centre, slutfas, Policys revideras, översyn av grupperingar/ syfte för ledningssystemet.\n• Intern kontroll, Nytt reglemente bereds i styrelsen och informeras till nämnder, nya riktlinjer under framtagande i nätverk.',
    lastMonth:
      '• Regionens styrmodeller, styrningsmodeller färdigställs för samsyn.\n• Verksamhetsstyrning -OC: AS, MH & CW återupptas (efter Cosmic) –Identitet/ uppföljning/ möten/utveckling\n-Prototypen i Stratsys för: kvalitet i grunduppdraget, identitet/uppdrag och ständiga förbättringar förbereds för visning\n• Verktygslåda och metoder Kompletteras med förändringsledning, går in under samlingssidan på intranätet, skapas tillsammans med HR\n• Ledningssystem,\n–Stöd för ackreditering Comprehensive Cancer Centre, processbeskrivning påbörjas för uppdatering/ revidering.\n- Policys revidering till beslut.',
    comments: LEDNING_MALET,
    risks: `• ${LEDNING_RISKER}`,
  },
];

/*
 * Every assignment is under way in spring 2025: status ongoing, column "Pågår". They are the
 * council's (FM: fullmäktige). directedTo only where the slide names the committee; the
 * others do not say and are left without.
 */
const ongoing = { column: 'pagar', status: 'ongoing', source: 'council' } as const;

/** Board 3. */
export const hsfFmUppdrag2025: SeedAssignmentsBoard = {
  id: 'hsf-fm-uppdrag-2025',
  title: 'Fullmäktigeuppdrag 2025 (HSF)',
  kind: 'assignments',
  columns: [
    { id: 'ej-paborjad', title: 'Ej påbörjad' },
    { id: 'pagar', title: 'Pågår' },
    { id: 'klar', title: 'Klar' },
  ],
  cards: [
    { id: 'personalkostnad-hsn', ...ongoing, title: 'Minska personalkostnaden HSN', directedTo: 'HSN', reports: [personalkostnadHsn] },
    { id: 'personalkostnad-run', ...ongoing, title: 'Minska personalkostnaden RUN', directedTo: 'RUN', reports: [personalkostnadRun] },
    { id: 'personalkostnad-rs', ...ongoing, title: 'Minska personalkostnaden RS', directedTo: 'RS', reports: [personalkostnadRs] },
    { id: 'hyrberoende', ...ongoing, title: 'Minska hyrberoendet med till 3,7% av egna personalkostnaden', reports: hyrberoende },
    {
      id: 'kloka-kliniska-val',
      ...ongoing,
      title: 'Utifrån kloka kliniska val och dess struktur genomför prioriteringar för minskad vårdkonsumtion',
      reports: [klokaKliniskaVal],
    },
    {
      id: 'tillganglighet',
      ...ongoing,
      title: 'Förbättra tillgängligheten med 20% på valda enheter och öppna 25 VP för opererande verksamheter',
      reports: tillganglighet,
    },
    {
      id: 'nara-vard',
      ...ongoing,
      title: 'Genomför prioriterade åtgärder som syftar till att stärka omställningen till nära vård',
      reports: naraVard,
    },
    {
      // The slide's title ends "– leds av Olov Norberg, Utvecklingsstödet.": he leads it (responsible),
      // and the sentence is kept as the card's analysis.
      id: 'ledning-och-styrning',
      ...ongoing,
      title: 'Stärka vår ledning och styrning genom identifierade delaktiviteter 2025',
      responsible: ['Olov Norberg'],
      analysis: 'Leds av Olov Norberg, Utvecklingsstödet.',
      reports: ledningOchStyrning,
    },
  ],
};
