import type { SeedAssignment, SeedAssignmentsBoard } from '../seedTypes.ts';

/*
 * "Uppföljning av fullmäktiges uppdrag 2024 (RS)", from 004 (Regionstyrelsens årsrapport 2024),
 * section "Uppföljning av fullmäktiges uppdrag": every row of its three tables, with Status,
 * Uppdrag, Riktas till, Analys and "Periodicitet och slutdatum". Text as written, line wraps
 * joined; the analysis bullets, whose glyph the PDF lost, are written "•".
 *
 * Grouping: the tables are headed by who gave the assignment to whom. The schema's `source`
 * (council / committee) cannot tell "nämnd till förvaltning" from "nämnd till beredning
 * folkhälsa", and `directedTo` lanes would split by addressee instead (five lanes, none of
 * them a heading of the document). So the heading itself is kept in the additive assignment
 * field `givenBy`, and the board's lanes are `givenBy`.
 */

const FROM_COUNCIL = 'Uppdrag från fullmäktige till nämnd';
const FROM_COMMITTEE_TO_ADMINISTRATION = 'Uppdrag från nämnd till förvaltning';
const FROM_COMMITTEE_TO_PUBLIC_HEALTH = 'Uppdrag från nämnd till beredning folkhälsa';

/** Every row of the follow-up says "Tertial: aug, dec". */
const TERTIAL = 'Tertial: aug, dec';
const HSN_AND_RS = 'hälso- och sjukvårdsnämnden och regionstyrelsen';

const council = { source: 'council', givenBy: FROM_COUNCIL, periodicity: TERTIAL } as const;
const committee = { source: 'committee', periodicity: TERTIAL } as const;
/** Status "Klar" → done, column "Klar"; "Klar med avvikelse" → doneWithDeviation, its own column. */
const done = { status: 'done', column: 'klar' } as const;
const doneWithDeviation = { status: 'doneWithDeviation', column: 'klar-med-avvikelse' } as const;

/** The analysis of the 2024 ledning och styrning assignment; 004 gives it again for the delmål of the same name. */
export const LEDNING_OCH_STYRNING_2024_ANALYS = [
  'Uppdraget består av ett antal delaktiviteter som har genomförts under året och kommer fortsätta kommande år.',
  '• Inriktning för den verksamhetsgemensamma styrningen är presenterad i arbetsutskotten för förvaltningarna. Samsynsarbete pågår över förvaltningsgränserna. Nästa steg: Kartläggningsarbete över befintliga styrsystem/modeller startas upp',
  '• Regionförvaltningens identitetsarbete (styrning på verksamhetsnivå) för ledningsgrupper stabsnivå klar. Nästa steg: Planering tillsammans med HR och hälsosjukvårdsförvaltningen för genomförande.',
  '• Workshop av dom olika planeringsstegen genomförd på övergripande nivåer av intressenter. Resultat sammanställt och presenterat för förvaltningsgemensamt nätverk för inspel till utveckling. Nästa steg: Utforska det verksamhetsnära perspektivet mera utifrån enkät och intervjuer/workshop för en kompletterande bild.',
  '• Områden för uppföljning, analys och styrning framtagna, beskrivna och pilottestats i Närsjukvårdsområde Skellefteå. Nästa steg: Teknikstödets (Stratsys) möjlighet och begränsningar undersöks, tillsammans med andra aktörer, befintliga/möjliga integrationer, data och utvalda stöd för en sammanhållen uppföljning -Kvalitet i grunduppdraget',
  '• Verktyg och metoder framtagna, presenterade och tillgängliga på regionens intranät. Praktiseras av Utvecklingsstödet och andra i utvalda pågående arbeten. Nästa steg: Uppföljning av nyttjande och anpassning av de valda verktygen',
].join('\n');

const fromCouncil: SeedAssignment[] = [
  {
    id: 'formalisera-hyrberoende',
    ...council,
    ...done,
    title: 'Formalisera arbetet med att minska hyrberoendet',
    directedTo: HSN_AND_RS,
    deadline: '2024-12-31',
    analysis: [
      'Under 2024 har en styrgrupp arbetat utifrån en aktivitetsplan med månatliga arbetsmöten och avstämningar. En kommunikationsplan har utformats och uppdaterats vid behov. Viktiga insatser har inkluderat utbildning och införande av ett nytt verktyg för dispenshantering (Bemlo), implementering av nya arbetssätt kopplade till det nationella avtalet samt förbättrade rutiner för dispenshantering, vilket har underlättat uppföljning. Verksamhetsdialoger mellan bemanningsenheten och verksamheterna har genomförts, liksom informationsinsatser på regionala chefsmöten och intranätet.',
      'Arbetet har resulterat i en kostnadsminskning på 6 procent (17 miljoner SEK), där primärvården står för en minskning på 12 procent (18 miljoner SEK). Beroendet av hyrpersonal i primärvården har varit 14,31 procent jämfört med 2,61 procent inom sjukhusvården, och en mer rättvisande bild väntas vid uppföljning av innevarande år.',
      'Framgångsfaktorer har varit ett brett angreppssätt där alla verksamheter bidrar, striktare hantering av dispenser och avrop, en styrgrupp med helhetsperspektiv, riktade kommunikationsinsatser samt verksamhetsdialoger för att säkerställa kunskap och hantera frågor.',
      'Fortsatt fokus ligger på kommunikation, utbildning och dialog, där styrgruppen ansvarar för att säkerställa följsamhet till avtal och riktlinjer, både internt och externt.',
    ].join('\n'),
  },
  {
    // Slutdatum as written, 2024-01-22, although the analysis cites a 2025 case (HSN 62-2025)
    // and so probably means 2025-01-22: the document is the record, and the row is Klar either way.
    id: 'samordnade-funktionella-aktiviteter',
    ...council,
    ...done,
    title:
      'Identifiera och ta fram förslag på samordnade funktionella aktiviteter mellan förvaltningarna och i norra sjukvårdsregionen i syfte att minska administrativa kostnaden',
    directedTo: 'hälso- och sjukvårdsnämnden, regionstyrelsen och regionala utvecklingsnämnden',
    deadline: '2024-01-22',
    analysis: [
      'Utfallet av uppdragsmålen att identifiera och bereda förslag så har alla förslag fått en första bedömning och prioritering. Några av förslagen har inte beretts för att de inte omfattas av uppdragets omfattning. Några har kommit till beslut och för några förslag finns det fortsatt värde att bereda vidare även om tiden för detta uppdrag har nått sitt slut. Avseende uppdragsmålet som berör norra sjukvårdsregionen så har uppdraget fokuserat på förslag som berör studierektorsorganisationen för specialisttjänstgöring inom regionen.',
      'Första leveransen var beredningen av de 7 idéer och förslag som inte ryms inom uppdragets omfattning samt flertalet andra förslag från tidigare arbete med minskad administration under 2023. Samtliga förslag bedöms av arbetsgruppen ligga utanför uppdragets omfattning att bereda förslaget då det handlar om funktionella aktiviteter inom endast en förvaltning. Finns inga motsvarande funktionella aktiviteter inom de andra förvaltningarna. Vi gör antagandet att dessa förslag härrör från arbetet med kartläggning av tjänster förra året som redan beslutats och hanterats av respektive förvaltningschef. Andra leveransen var beredningen av förslaget om cirkulär möbelhantering RS 1179-2024. Tredje leveransen var förslaget om att förbättra tillgängligheten för patienters möjligheter att om och avboka besök HSN 62-2025. Fjärde leveransen var fullmäktigeuppdragets metodik i form av dokument, arbetssätt och forum samt slutrapport.',
      'CLG har att ta ställning till förslag på fortsatt arbete för att bereda oprioriterade idéer och förslag som inte hanterats i fullmäktigeuppdraget.',
    ].join('\n'),
  },
  {
    id: 'fokusarbete-tillganglighet',
    ...council,
    ...doneWithDeviation,
    title: 'Identifiera och initiera ett fokusarbete för att förbättra tillgängligheten vid valda enheter',
    directedTo: HSN_AND_RS,
    deadline: '2025-12-31',
    analysis:
      'Målsättningen är att öka upp med 25 vårdplatser för valda opererande verksamheter på NUS och förbättra tillgänglighet för utprovning av hörapparater och ögonoperationer med 20 procent. Mål om ögonoperationer kan komma att klara en förbättring på 20 procent. Hyraudionomer har anställts och påbörjat audionomassistentutbildning, och översyn av väntelista har förbättrat tillgänglighet, men mål om förbättrad tillgänglighet för utprovning av hörapparater kommer inte nås. Endast två vårdplatser har skapats hittills, planering pågår vilket kommer ge ytterligare 12-14. Utmaningar består bland annat av att omvårdnadspersonal inte kan rekryteras och att annat arbete konkurrerar exempelvis införandet av Cosmic.',
  },
  {
    id: 'minska-tjansteresandet',
    ...council,
    ...doneWithDeviation,
    title: 'Minska tjänsteresandet för Region Västerbotten med 15 procent i jämförelse med år 2023',
    directedTo: 'alla nämnder och styrelser',
    deadline: '2024-12-31',
    analysis:
      'Regionstyrelsens förvaltning har arbetat för att minska tjänsteresandet under 2024 men inte riktigt nått målet om en minskning med 15 procent. Mätt i kostnader var resandet 6,7 miljoner kronor 2023 och 5,8 miljoner kronor 2024, vilket innebär en minskning på ungefär 13 procent.',
  },
  {
    id: 'ledning-och-styrning-2024',
    ...council,
    ...done,
    title:
      'Stärka vår ledning och styrning genom att tydliggöra och förankra verksamhetsstyrningens innehåll, starta upp implementering enligt identifierade delaktiviteter 2024',
    directedTo: HSN_AND_RS,
    deadline: '2024-12-31',
    analysis: LEDNING_OCH_STYRNING_2024_ANALYS,
  },
  {
    // The Uppdrag cell has a sentence and three dashed points; all of it is the assignment, so all of it is the title.
    id: 'samspel-sjukhusvard-primarvard',
    ...council,
    ...done,
    title: [
      'Utveckla samspelet mellan sjukhusvården och primärvården i syfte att stödja omställningen till nära vård.',
      '- Tydliggöra roller och uppdrag inom primärvården',
      '- Klargöra hur utvecklingsområden samordnas i syfte att optimera flöden för personcentrerade arbetssätt',
      '- Identifiera åtgärder som utvecklar beställning, ersättningsmodell och uppföljning i enlighet med primärvårdsuppdraget',
    ].join('\n'),
    directedTo: HSN_AND_RS,
    deadline: '2024-12-31',
    analysis:
      'Uppdraget är slutfört och återgivet till hälso- och sjukvårdsnämnden och regionstyrelsen i december, och lyfts på fullmäktige i februari 2025. Det kommer bli ett nytt uppdrag under 2025 som fokuserar på genomförande och där pågår aktiviteter enligt plan kring den gemensamma primärvårdsplanen samt hälsovalet.',
  },
];

const fromCommittee: SeedAssignment[] = [
  {
    id: 'arbetsskor',
    ...committee,
    ...done,
    givenBy: FROM_COMMITTEE_TO_ADMINISTRATION,
    title:
      'Utreda och föreslå ett system för att tillhandahålla arbetsskor till regionens vårdpersonal samt ange vad satsningen skulle kosta',
    directedTo: 'regionstyrelsens förvaltning',
    deadline: '2024-08-31',
    analysis: [
      'I enlighet med regionstyrelsens nämndplan för 2024 har förvaltningen fått i uppdrag att utreda och föreslå ett system för tillhandahållande av arbetsskor till regionens vårdpersonal.',
      'Under 2024 har ett underlag utarbetats, vilket har genomgått en omfattande förankringsprocess inom både den centrala samverkansgruppen och den centrala ledningsgruppen. Synpunkter och förslag från dessa forum har beaktats, och efter avslutade dialoger har beslut fattats om att gå vidare i enlighet med det framtagna underlaget. Som ett nästa steg har underlaget inför upphandlingen nu formellt överlämnats för vidare hantering.',
      'Regiondirektören har därtill fått i uppdrag att ytterligare utreda vilka medarbetargrupper som ska omfattas av systemet, bidragets storlek samt den tidsperiod under vilken det ska gälla.',
    ].join('\n'),
  },
  {
    id: 'narproducerad-mat',
    ...committee,
    ...done,
    givenBy: FROM_COMMITTEE_TO_ADMINISTRATION,
    title: 'Mäta hur stor andel mat vi köper in som är närproducerad',
    directedTo: 'regionstyrelsens förvaltning',
    deadline: '2024-12-31',
    analysis:
      'Uppföljning av andel närproducerad mat ska beräknas utifrån kostnad för inköpta närproducerade livsmedel dividerat med totalkostnad för inköpta livsmedel. Omfattning och avgränsning för beräkningarna framgår av rutin. Beräkningssättet är förankrat med berörda verksamheter. Resultatet ska redovisas i regionens miljöredovisning.',
  },
  {
    // "Riktas til beredning för folkhälsa" in the document; the addressee is "beredning för folkhälsa".
    id: 'strategi-folkhalsa-funktionsratt',
    ...committee,
    ...done,
    givenBy: FROM_COMMITTEE_TO_PUBLIC_HEALTH,
    title:
      'Bereda strategi för folkhälsa och funktionsrätt för fastställande i fullmäktige tillsammans med beredning funktionshinder och samverkan',
    directedTo: 'beredning för folkhälsa',
    deadline: '2024-08-31',
    analysis:
      'Beredningen Folkhälsa har jobbat enligt sin plan för året. Ett riktat uppdrag, att ta fram en strategi för folkhälsa och funktionsrätt har fått mest uppmärksamhet. Strategin skickades ut på remiss internt och externt under våren och fick många svar. Samråd har skett med både Funktionsrätt Västerbotten och minoriteter samt urfolk. Strategin nu skickad för beredning i nämnder inför beslut i Fullmäktige hösten 2024.',
  },
];

/** Board 4. */
export const rsUppfoljning2024: SeedAssignmentsBoard = {
  id: 'rs-uppfoljning-2024',
  title: 'Uppföljning av fullmäktiges uppdrag 2024 (RS)',
  kind: 'assignments',
  laneField: 'givenBy',
  // The year is closed: the table knows only these two statuses.
  columns: [
    { id: 'klar-med-avvikelse', title: 'Klar med avvikelse' },
    { id: 'klar', title: 'Klar' },
  ],
  cards: [...fromCouncil, ...fromCommittee],
};
