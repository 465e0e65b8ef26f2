import type { SeedGeneralBoard, SeedGeneralCard } from '../seedTypes.ts';
import { LEDNING_OCH_STYRNING_2024_ANALYS } from './rsUppfoljning2024.ts';

/*
 * "Regionstyrelsens delmål 2024", from 004 (Regionstyrelsens årsrapport 2024): the 17 delmål of
 * the "Sammanfattning" table (Regionmål, Delmål, Prognos) and, from "Uppföljning av regionmål",
 * each one's Analys and the names of its Indikatorer (their values were charts the text lost).
 * 004 sums them up itself: "ett inte uppnås, fyra delvis uppnås och 12 uppnås".
 *
 * Prognos as traffic light, by 004's key "Bedömning av mål": "Målet uppfylls helt" green,
 * "delvis" yellow, "inte" red. Columns are the three forecasts, lanes (`group`) the regionmål,
 * so the board reads as the report's summary table.
 */

const COLUMN = {
  green: 'helt',
  yellow: 'delvis',
  red: 'inte',
} as const;

interface Delmal {
  id: string;
  title: string;
  forecast: keyof typeof COLUMN;
  analysis: string;
  indicators: string[];
}

/** A delmål as a card: analysis, then its indicators under "Indikatorer". */
function card(group: string, d: Delmal): SeedGeneralCard {
  const indicators = d.indicators.map((i) => `• ${i}`).join('\n');
  return {
    id: d.id,
    column: COLUMN[d.forecast],
    title: d.title,
    group,
    status: d.forecast,
    comment: `${d.analysis}\n\nIndikatorer\n${indicators}`,
  };
}

const goals: [string, Delmal[]][] = [
  ['Mål 1. Trygga uppväxtvillkor', [
    {
      id: 'barnrattsperspektiv',
      title: 'Utveckla strukturerade arbetssätt för att arbeta utifrån ett barnrättsperspektiv inom regionstyrelsens verksamheter',
      forecast: 'green',
      analysis: 'Dokument framtagna och ämnas fastställas innan årets slut. Plan för att upprätta utbildningar i Lärande region finns, manusarbete uppstartat. Plan för implementering av utbildning kvartal 1 2025.',
      indicators: ['Strukturerade arbetssätt är framtagna och redo att implementeras.'],
    },
  ]],
  ['Mål 2. Goda levnadsvillkor', [
    {
      id: 'civil-beredskap',
      title: 'Regionstyrelsen förstärker den egna verksamhetens förmåga till civil beredskap',
      forecast: 'yellow',
      analysis: 'Regionens plan för förmågeutveckling färdigställt sedan februari 2019. Huvudsakliga aktiviteter utifrån planen har pågått sedan januari 2024. En sammanfattande bedömning visar att förmågeutvecklingen med ambitionen att uppnå en förstärkt förmåga år 2027 inte sker i önskat takt, vilket har rapporterats till den centrala ledningsgruppen. Mot bakgrund av det pågår ett arbete med att se över nödvändiga åtgärder för att säkerhetsställa förmågeutvecklingen framöver.',
      indicators: [
        'Andel medarbetare som har genomgått den digitala grundutbildningen i kris- och katastrofmedicinsk beredskap.',
        'Antal samhällsviktiga verksamheter som har tagit fram kontinuitetsplaner.',
      ],
    },
    {
      id: 'samverkan-kommunerna',
      title: 'Tillsammans med övriga förvaltningar öka effektivitet och framdrift i vår samverkan med kommunerna.',
      forecast: 'green',
      analysis: 'Ökat samarbete och kontinuerlig samverkan mellan förvaltningarna och de olika strukturerna.',
      indicators: ['Gemensam översyn av samverkansstrukturer med kommunerna är genomförd och plan för åtgärder är initierad.'],
    },
    {
      id: 'vhu-inom-lss',
      title: 'Verka för att öka kommunernas kompetens kring VHU inom LSS',
      forecast: 'green',
      analysis: 'Samtliga kommuner i länet har under året informerats vid möten eller konferenser om arbetssättet mellan de kommunala LSS-boenden samt VHU och om hur Folkhälsoenheten kan bidra till att utbilda den kommunala personalen för att erbjuda VHU inom kommunala boenden.',
      indicators: ['Antal gånger vi har erbjudit utbildning eller informerat om processen och hur en kommun kan jobba.'],
    },
  ]],
  ['Mål 3. Ett attraktivt och hållbart Västerbotten', [
    {
      id: 'varumarke',
      title: 'Stärka kommunikationen om arbetsgivarerbjudandet, universitetssjukvården och regionens samlade uppdrag enligt handlingsplanen för Region Västerbottens varumärke',
      forecast: 'red',
      analysis: 'Kommunikationsstaben har i samarbete med HR arbetat med att stärka regionens erbjudande som arbetsgivare. Det har resulterat i ett nytt medarbetarerbjudande med nya verktyg, manualer och utbildning med till stöd till både hr-partner och verksamheterna.\nSedan februari har regionen kommunicerat hälsa, vård och utveckling i ett gemensamt koncept för sociala medier. Syftet är att visa på helheten i vårt uppdrag. Satsningen har utvärderats och ska utvecklas. Arbetsformerna för samarbete och planering med verksamhetsföreträdare utvecklas kontinuerligt med bland annat fokusområden inför 2025.',
      indicators: ['Varumärkesmätning: Anseendeindex'],
    },
  ]],
  ['Mål 4. Tillgänglig vård med god kvalitet och kontinuitet', [
    {
      id: 'digitala-kallelser',
      title: 'Utveckla och förankra arbetssätt för att göra digitala kallelser med tillhörande patientinformation kopplade till 1177 tillgängliga',
      forecast: 'green',
      analysis: 'Vi har tagit fram en checklista för vårdenheterna inför deras egna översyn av bilagor kallelsebilagor inför Cosmic. Vi har också standardiserat och tillgänglighetsanpassat ett 20-tal bilagor till primärvården. Slutgranskning av chefsläkare pågår.',
      indicators: ['Arbetssättet för tillgängliga digitala kallelser i 1177s inkorg är utvecklat och förankrat'],
    },
    {
      id: 'klarsprak',
      title: 'Öka användningen av klarspråk',
      forecast: 'green',
      analysis: 'Tre klarspråksutbildningar har hållits för tjänstepersoner',
      indicators: ['En digital utbildning i klarspråk som erbjuds till medarbetare och chefer i Region Västerbotten är utvecklad'],
    },
    {
      id: 'gemensam-verksamhetsstyrning',
      title: 'Gemensam verksamhetsstyrning är tydliggjord, förankrad och implementering pågår',
      forecast: 'green',
      analysis: LEDNING_OCH_STYRNING_2024_ANALYS,
      indicators: ['Verksamhetsstyrningen är tydliggjord, förankrad och implementering pågår'],
    },
    {
      id: 'nara-vard',
      title: 'Regionstyrelsen stödjer omställningen till nära vård',
      forecast: 'green',
      analysis: 'Fullmäktigeuppdrag kopplat till primärvården är genomfört och aktiviteter för att utveckla beställningen fortsätter 2025.',
      indicators: ['Utveckling av en jämlik vård med tydlig ledning och styrning är påbörjad.'],
    },
    {
      id: 'digitala-tjanster',
      title: 'Förbättrad tillgänglighet och delaktighet genom användarvänliga digitala tjänster',
      forecast: 'green',
      analysis: 'Under perioden har fokus varit att fortsätta att skala upp det befintliga genom att öka användningen av det utbud av verksamhetsstöd som redan finns, utbudskatalogen är källan för att ta del av det som finns. Ett fortsatt arbete med att alla objekt har inventerat sina teknikkomponenter och dokumenterat dessa för hantering. Utbudskatalogen fungerar som ett "skyltfönster" för våra kunders tillgång till våra objekt och tjänster.\nAnvändningen av digitala plattformar för möten har stabiliserats sedan 2022, vilket kan bero på en kombination av återgång till kontoret och förändrade arbetsmodeller. Pandemin har haft en betydande inverkan på antalet möten under 2021. När restriktionerna lättade och fler återvände till sina arbetsplatser, minskade behovet av virtuella möten.',
      indicators: [
        'Antal interna och externa digitala möten',
        'Användandet av självservice',
        'Antal digitala vårdbesök',
        'Antal inloggningar per invånare 1177 och år',
      ],
    },
    {
      id: 'effekthemtagning',
      title: 'Ökad effekthemtagning på beslutade initiativ i Utvecklingsportföljen',
      forecast: 'yellow',
      analysis: 'Utvecklingsportföljens fokus för 2024 var finansiella effekter och frigjord tid. Utvecklingsportföljen redovisar finansiella nyttor på 21 miljoner kronor för 2024, vilket är under målsättningen. Avvikelsen beror på att effekten av initiativet ”Externa beställningar och svar” inte har kunnat värderas och att en större andel av effekthemtagningen har redovisats som tidsbesparingar istället för finansiell nytta. Initiativen ”Flexibel arbetsplats” och ”Intelligent automation” har rapporterat enligt mål.',
      indicators: ['Effekthemtagning för digitalisering'],
    },
  ]],
  ['Mål 5. Goda arbetsplatser och attraktiva arbetsgivare', [
    {
      id: 'chefers-forutsattningar',
      title: 'Våra chefers förutsättningar att leda är stärkta',
      forecast: 'yellow',
      analysis: 'Arbetet med chefers förutsättningar är ett långsiktigt arbete som fortsatt under 2024. Under våren 2024 pausades arbetet tillfälligt pga konflikten med vårdförbundet. Referensgruppen träffas återkommande för att ta tillvara chefers erfarenheter in i arbetet. En fördjupad analys av chefers resultat i medarbetarundersökningen är genomförd samt en omvärldsbevakning av andra regioners arbete med stöd till nya chefer.\nHME-värdet når inte riktigt upp till målsättningen, liksom målsättningen för antal medarbetare per chef.',
      indicators: ['Hållbart medarbetarengagemang för chefer ska öka', 'Antal medarbetare per chef'],
    },
    {
      id: 'onskad-kultur',
      title: 'Fokusområden är identifierade för att stärka vår önskade kultur och en plan för prioriterade aktiviteter är framtagen',
      forecast: 'green',
      analysis: 'Under året har arbetsgruppen tagit fram förslag på material och genomfört planerade aktiviteter enligt uppsatta mål. Samtliga aktiviteter för 2024 har slutförts enligt plan, och en målbild för arbetet 2025 har fastställts för fortsatt utveckling.',
      indicators: ['Fokusområden är identifierade för att stärka vår önskade kultur och en plan för prioriterade aktiviteter är framtagen'],
    },
    {
      id: 'halsoframjande-arbetsmiljo',
      title: 'Utifrån ett hälsofrämjande perspektiv bedrivs ett aktivt systematiskt arbetsmiljöarbete på våra arbetsplatser',
      forecast: 'green',
      analysis: 'Handlingsplan för att säkerställa ett systematisk hälsofrämjande arbetsmiljöarbete är framtagen i partsgemensam arbetsgrupp. Målsättningen är att ha ett implementerat arbetssätt för hälsofrämjande arbetsmiljöarbete vid slutet av 2027. Under 2025 kommer arbetssättet att utformas och pilottestas.\nInom det systematiska arbetsmiljöarbetet (SAM) pågår också utveckling av SAM inom digital arbetsmiljö och utveckling av verktyg för att utveckla SAM för chefers arbetsmiljö.\nAktiviteter för att öka tillbudsrapportering pågår',
      indicators: [
        'Andel basenheter som har en arbetsmiljöplan med aktiva åtgärder',
        'Andel basenheter som genomfört årlig uppföljning av arbetsmiljön',
      ],
    },
  ]],
  ['Mål 6. En hållbar miljö- och klimatregion', [
    {
      id: 'energi-och-klimat',
      title: 'Vår verksamhet minskar energianvändning och klimatpåverkan',
      forecast: 'yellow',
      analysis: 'När det gäller minskad energianvändning och klimatpåverkan finns ett utvecklat samarbete med aktörer i området, exempelvis arbete med delning av energi som fortsatt under perioden i form av att skapa en marknadsplats för energibehov inom universitetsområdet tillsammans med Umeå Energi. Bedömningen är att det kommer bli svårare och svårare att minska mängden köpt energi men utfallet under perioden visar att målsättningen nås. Fortsatt positiv trend i minska antalet antalet kvadratmeter utifrån tagna beslut i lokalförsörjningsplanen. Ökande trend i antalet prioriterade upphandlingar där miljökrav ställs.\nNär det gäller uppföljning av klimatutsläpp från tjänsteresor, är vi beroende av data från leverantörer. I våra avtal med berörda leverantörer, finns det inskrivet krav på detta. Avtal tecknades under 2024. Leverantörer har ej levererat data enligt avtal, vilket gör att vi ej kan rapportera ett kvalitetssäkrat utfall i nuläget.',
      indicators: [
        'Miljökrav ställs i prioriterade upphandlingar',
        'Klimatutsläpp från tjänsteresor',
        'Lokalyta som regionen äger och hyr ska inte ökas till år 2030 i jämförelse med 2020',
        'Mängd köpt energi',
        'Andel inköpta ekologiska livsmedel',
      ],
    },
    {
      id: 'agenda-2030',
      title: 'Tydliggjorda och visualiserade kopplingar till Agenda 2030 i verksamhetsaktiviteter',
      forecast: 'green',
      analysis: 'En del verksamhetsaktiviteter har idag en koppling till de globala målen i Stratsys. Arbetet har fortsatt under hösten och fortsätter under 2025.\nFör att nå ett bättre utfall hade vi behövt mer förankring och förståelse ute i verksamheterna för betydelsen av själva globala målen och därefter vilka globala mål våra verksamhetsaktiviteter påverkar.',
      indicators: ['Kopplingar till Agenda 2030 i verksamhetsaktiviteter är dokumenterade i regionens Hållbarhetsredovisning.'],
    },
  ]],
  ['Mål 7. Stärkt forskning, utbildning och innovation', [
    {
      id: 'forskning-informationsteknik',
      title: 'Vi är ledande inom vår forskning om medicinsk teknik och strålningsfysik och utvecklar forskningsområdet informationsteknik',
      forecast: 'green',
      analysis: 'Under året har ytterligare en doktorand rekryterats till forskarutbildning inom området medicinsk informationsteknik. De doktorander som rekryterades under 2023 har kommit igång med sin forskarutbildning och arbetar samtliga med både posters, konferensbidrag och tidskriftsartiklar.',
      indicators: [
        'Antal doktorander inom forskningsområdet informationsteknik',
        'Antal forskningspublikationer inom forskningsområdet informationsteknik',
        'Antal forskningsansökningar inom forskningsområdet informationsteknik',
      ],
    },
  ]],
];

/** Board 5. */
export const rsDelmal2024: SeedGeneralBoard = {
  id: 'rs-delmal-2024',
  title: 'Regionstyrelsens delmål 2024',
  kind: 'general',
  laneField: 'group',
  columns: [
    { id: COLUMN.green, title: 'Mål kommer helt uppfyllas' },
    { id: COLUMN.yellow, title: 'Mål kommer delvis uppfyllas' },
    { id: COLUMN.red, title: 'Mål kommer inte uppfyllas' },
  ],
  cards: goals.flatMap(([group, delmal]) => delmal.map((d) => card(group, d))),
};
