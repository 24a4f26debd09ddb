using System;
using System.Collections.Generic;
using System.Linq;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Closed word lists of English news prose that the entity, quote and date rules rely on.</summary>
internal static class Lexicon
{
    /// <summary>Lower-case nouns that, placed right before a name, say it is an organisation ("the group Greenpeace").</summary>
    public static readonly HashSet<string> OrganizationTypeNouns = Lexicon.Set(
        "agency group party company firm newspaper broadcaster organisation organization charity outlet network " +
        "website magazine channel airline bank union militia movement coalition alliance station daily tabloid carrier " +
        "retailer manufacturer maker startup giant conglomerate insurer operator publisher publication club team " +
        "non-profit nonprofit watchdog regulator band orchestra choir journal platform studio label chain automaker carmaker " +
        "troupe ensemble collective franchise brand supplier provider utility app database faction supermarket store service " +
        "drugmaker chipmaker lender");

    /// <summary>Nouns for a kind of firm that open no firm's own name: capitalised at the start of a sentence before a name
    /// ("Drugmaker X said", "Lender Y cut") they are a description, and the name after them is the firm's.</summary>
    public static readonly HashSet<string> FirmKindNouns = Lexicon.Set(
        "drugmaker automaker carmaker chipmaker retailer lender insurer startup conglomerate");

    /// <summary>A case-insensitive set of the words of a space-separated list.</summary>
    internal static HashSet<string> Set(string words) =>
        new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of family, in the singular ("wife", "grandson", "son-in-law"): the kin lexicon the relation
    /// roles (<c>RoleParser.RelationWords</c>) are built from.</summary>
    public static readonly HashSet<string> KinNouns = Set(
        "wife husband spouse son daughter child mother father parent brother sister sibling twin grandson granddaughter " +
        "grandchild grandmother grandfather grandparent nephew niece cousin uncle aunt stepson stepdaughter stepfather " +
        "stepmother widow widower fiancee fiancé fiancée fiance girlfriend boyfriend relative son-in-law daughter-in-law " +
        "mother-in-law father-in-law brother-in-law sister-in-law ex-wife ex-husband");

    /// <summary>Nouns for people that are not offices: beside a name they show it is a person's ("his cousin X").</summary>
    public static readonly HashSet<string> PersonNouns = Set(
        "wife husband son daughter father mother brother sister uncle aunt nephew niece cousin widow widower grandson " +
        "granddaughter grandfather grandmother fiancé fiancée partner friend colleague rival successor predecessor ruler " +
        "man woman boy girl player singer resident victim suspect student teenager child baby driver passenger " +
        "survivor witness owner worker citizen veteran champion winner runner-up opponent challenger nominee " +
        "co-founder entrepreneur businessman businesswoman billionaire comedian rapper footballer cricketer " +
        "golfer boxer swimmer climber cyclist skier wrestler poet novelist filmmaker broadcaster presenter host voter protester " +
        "protestor demonstrator fan supporter critic volunteer eyewitness bystander tourist shopper neighbour neighbor commuter pilgrim incumbent");

    /// <summary>Nationality adjectives the country list lacks (nations within states, continents), with the place they refer to.</summary>
    public static readonly Dictionary<string, string> ExtraDemonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "England",
        ["Scottish"] = "Scotland",
        ["Scots"] = "Scotland",
        ["Welsh"] = "Wales",
        ["Catalan"] = "Catalonia",
        ["Catalonian"] = "Catalonia",
        ["Basque"] = "Basque Country",
        ["Kurdish"] = "Kurdistan",
        ["Tibetan"] = "Tibet",
        ["European"] = "Europe",
        ["African"] = "Africa",
        ["Asian"] = "Asia",
        ["Arab"] = "Arab world",
        ["Latin American"] = "Latin America",

        // Adjectives the country list spells differently or leaves out ("Philippine officials", "a Saudi prince").
        ["Philippine"] = "Philippines",
        ["Saudi"] = "Saudi Arabia",
        ["Bosnian"] = "Bosnia and Herzegovina",
        ["Argentinian"] = "Argentina",
        ["Nepali"] = "Nepal",
        ["Belarussian"] = "Belarus",
        ["Icelandic"] = "Iceland",
        ["Uzbek"] = "Uzbekistan",
        ["Kazakh"] = "Kazakhstan",
        ["Tajik"] = "Tajikistan",
        ["Ecuadorian"] = "Ecuador",
        ["Kyrgyz"] = "Kyrgyzstan",
        ["Maldivian"] = "Maldives",
        ["Roman"] = "Rome",
    };

    /// <summary>Courtesy titles: the name after them is a person, but they are not a role.</summary>
    /// <remarks>"Alhaji", "Alhaja", "Hajiya" (one who made the pilgrimage), "Engr" and "Barrister" are how Nigerian,
    /// Ghanaian and Pakistani copy addresses people: no part of an office after them; the pilgrimage ones stay in the name (<see cref="PilgrimHonorifics"/>).</remarks>
    public static readonly HashSet<string> Honorifics = Set("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor Alhaji Alhaja Hajiya Engr Barrister");

    /// <summary>The honorifics of the pilgrimage ("Alhaji", "Alhaja", "Hajiya"), which stay in the name they open.</summary>
    public static readonly HashSet<string> PilgrimHonorifics = Set("Alhaji Alhaja Hajiya");

    /// <summary>Nouns that name an office or function ("minister", "spokesperson"); the head of a role phrase.</summary>
    public static readonly HashSet<string> RoleHeads = Set(
        "president minister chancellor premier mayor governor senator congressman congresswoman representative " +
        "director secretary spokesperson spokesman spokeswoman leader chairman chairwoman chairperson chief commander " +
        "actor actress singer engineer ecologist whistleblower journalist reporter writer author artist musician " +
        "athlete doctor nurse teacher pilot farmer photographer physicist biologist chemist astronomer historian " +
        "general colonel captain lieutenant sergeant admiral officer ambassador envoy king queen prince princess pope " +
        "judge prosecutor attorney coach manager ceo founder head deputy adviser advisor official councillor councilor " +
        "mp lawmaker legislator sheriff executive editor correspondent analyst professor researcher scientist economist " +
        "lawyer activist candidate inspector superintendent commissioner administrator rapporteur emir sultan sheikh " +
        "archbishop bishop cardinal rabbi imam ayatollah priest monarch emperor dictator vice-president president-elect " +
        "governor-general owner chair spokesmen negotiator diplomat consul delegate mediator coordinator ombudsman " +
        "treasurer auditor member fellow speaker trainer physio midfielder striker goalkeeper skipper referee umpire selectman alderman alderwoman councilman councilwoman councilmember assemblyman assemblywoman assemblymember trustee marshal commandant warden principal dean provost rector chancellor-elect");

    /// <summary>Role heads that, capitalised before a name, act as a title ("President Macron").</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "President Minister Chancellor Premier Mayor Governor Senator Sen Congressman Congresswoman Representative Rep " +
        "Director Secretary Spokesperson Spokesman Spokeswoman Leader Chairman Chairwoman Chairperson Chief Commander General Gen " +
        "Colonel Col Captain Capt Lieutenant Lt Sergeant Sgt Admiral Adm Officer Ambassador Envoy King Queen Prince " +
        "Princess Pope Judge Justice Prosecutor Attorney Coach Manager CEO Founder Councillor Councilor MP Sheriff " +
        "Inspector Superintendent Commissioner Emir Sultan Sheikh Ayatollah Archbishop Bishop Cardinal Rabbi Imam Father " +
        "Monarch Emperor Deputy Vice-President President-elect Governor-General Marshal Gov Pres Member Members Speaker Emeritus Emerita Fellow Detective Constable Trooper Agent Whip " +
        "Advisor Adviser Assemblyman Assemblywoman Assemblymember Councilmember Alderwoman Maj Det Cpl Pvt Supt Brig Cmdr Insp Administrator");

    /// <summary>Capitalised words that may stand in a title before its head ("Prime", "Foreign", "Interior").</summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "Prime Foreign Interior Defence Defense Finance Health Justice Home Deputy Vice Acting Former Chief Executive " +
        "Senior First Second Assistant Associate Attorney Lord Grand Supreme Crown Regional Provincial State Federal " +
        "National Education Economy Economic Trade Energy Environment Agriculture Transport Culture Labour Labor " +
        "Police Army Military Opposition Party Press Communications Information Public Security Emergency Emergencies " +
        "Affairs Development Science Sports Tourism Treasury Housing Immigration Minority Majority " +
        "Special Junior Principal Permanent Managing Interim Honorary Presidential Parliamentary Joint Lead");

    /// <summary>Words that end (or begin) the name of an organisation.</summary>
    public static readonly HashSet<string> OrganizationHeads = Set(
        "Ministry Department Council Agency Assembly Party Army Navy Police Court Institute Institution Organization " +
        "Organisation Union Bank Fund Commission Committee Office Service Services Brigade Corporation Corp Inc Ltd LLC " +
        "Plc Company Group Association University College School Centre Center Directorate Forces Force Parliament " +
        "Congress Senate Cabinet Authority Board Bureau Foundation Federation League Alliance Coalition Front Movement " +
        "Network Airlines Airways Times Post News Press Journal Herald Magazine Gazette Tribune Chronicle Television TV Radio Broadcasting Guard " +
        "Administration Society Trust Club Secretariat Tribunal Church Academy Laboratory Observatory Hospital Museum " +
        "Chamber Democrats Republicans Conservatives Greens Motors Industries Holdings Brigades Corps Command " +
        "Inspectorate Prosecutor's Unit Legislature Duma Knesset Bundestag " +
        "Establishment Constabulary " +
        "Register Exchange Reserve Treasury Patrol Regiment Battalion Division Fleet Cooperation Partnership Initiative " +
        "Programme Program Project Charity Consortium Confederation Syndicate Cartel Militia " +
        "International Air Caucus Conference Clinic House Groups Agencies Ministries Councils Parties Unions Institutes Centers Centres Tribe Tribes Nations Fame Survey Daily " +
        "Embassy Consulate Sabha Majlis Sejm Riksdag Storting Folketing Althing Eduskunta Oireachtas Jirga Shura Hluttaw");

    /// <summary>Institutions named by their head word alone ("the Senate", "Parliament").</summary>
    public static readonly HashSet<string> StandaloneInstitutions = Set(
        "Parliament Congress Senate Cabinet Bundestag Duma Knesset Legislature Kremlin Pentagon Sejm Riksdag Storting Folketing Althing Eduskunta Oireachtas Majlis");

    /// <summary>Last words of company and club names ("Kestrel Labs", "Fenwick Partners", "Redhill Rovers"): kept apart from
    /// <see cref="OrganizationHeads"/> because they only name a body at the end of a longer name ("Labs" alone is no body).
    /// The last row was chosen by counting final words of multi-word company names in the annotated articles and probe
    /// texts: each ends many firms' names and no person's or place's name there.</summary>
    public static readonly HashSet<string> CompanyEndings = Set(
        "Labs Laboratories Technologies Systems Solutions Enterprises Pharmaceuticals Pharma Therapeutics Biotherapeutics " +
        "Studios Records Entertainment Productions Pictures Publishing Publishers Ventures Partners Logistics Construction " +
        "Consulting Insurance Financial Securities Investments Brewing Brewery Foods Electric Petroleum Mining Steel " +
        "Equities " +
        "Aerospace Automotive Comics Software Robotics Telecom Communications Media Rovers Wanderers Athletic United Albion Rangers Hotspur Harriers FC AFC " +
        "GmbH AG SA S.A. NV PLC Rescue Energy Minerals Resources Industries Holdings Motors Airlines Airways Chemicals Metals " +
        "Shipping Lines Textiles Cosmetics Apparel Railway Railways Railroad Limited Incorporated LLP Economics Analytics Advisors Advisers Associates " +
        "Capital Global Oil Gas Electronics Brands Networks Semiconductor Semiconductors Bancorp Biotech " +
        // Goods a firm makes, ending its name after a founder's or a place's name ("Harlan Trucks", "Dorsey Chemical"),
        // which the name lists would otherwise read as a person's. (A metal is left out: "Orra Copper & Gold Inc" is one
        // firm, and an ending before "& ... Inc" would cut it in two.)
        "Chemical Trucks Cement Motor");

    /// <summary>Words of a company's legal form or kind that end its name ("Orvik Corp", "Tarvel Group", "Kestrel Co");
    /// most are also <see cref="OrganizationHeads"/>, "Co" is not ("Co Wicklow" is a county).</summary>
    public static readonly HashSet<string> CompanyLegalForms = Set("Company Corporation Corp Inc Ltd LLC Plc Group Co");

    /// <summary>Whether the word is a body's head word ("Council") or a company's ending ("Logistics"), the two ways a name is known as a body's.</summary>
    public static bool IsBodyOrCompanyWord(string word) => OrganizationHeads.Contains(word) || CompanyEndings.Contains(word);

    /// <summary>Diplomatic missions, named with the city they are in ("the US embassy in Ostravel").</summary>
    public static readonly HashSet<string> DiplomaticMissions = Set("Embassy Consulate");

    /// <summary>Party adjectives written before a politician's name ("Republican Larry Hogan").</summary>
    public static readonly HashSet<string> PartyAdjectives = Set("Republican Democrat Democratic Conservative Labour Liberal Socialist Independent Green Tory");

    /// <summary>The party adjectives that are never a party's name alone, kept beside <see cref="PartyAdjectives"/> so the
    /// two lists change together ("a Republican senator" names no body; "Labour" or "Tory" alone may).</summary>
    public static readonly HashSet<string> PartyAdjectivesOnly = Set("Republican Democratic Conservative Liberal Socialist");

    /// <summary>The party adjectives of <see cref="PartyAdjectives"/> that name one party each before its members
    /// ("Conservative MPs"): "Independent" names no party, and "Socialist" members may belong to many.</summary>
    public static readonly HashSet<string> MemberPartyAdjectives =
        new(PartyAdjectives.Where(word => word is not ("Socialist" or "Independent")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Given names that are also everyday words, so the given-name list leaves them out: they count as a
    /// first name only at the start of a longer name ("Bill Okafor", but "the Finance Bill").</summary>
    public static readonly HashSet<string> WordLikeGivenNames = new(StringComparer.Ordinal)
    {
        "Bill", "Mark", "Grant", "Chase", "Glen", "Dale",
        // Virtue and word names common in East and Southern Africa and the Philippines ("Grace Wanjiru", "Blessing Muzarabani").
        "Grace", "Hope", "Faith", "Joy", "Precious", "Blessing", "Comfort", "Innocent", "Dawn", "Holly", "Ruby", "Frank", "Ray",
    };

    /// <summary>Seats of government whose name stands for the organisation ("the Kremlin said").</summary>
    public static readonly HashSet<string> SeatsOfPower = new(StringComparer.Ordinal)
    {
        "Kremlin", "Pentagon", "Élysée", "Elysee", "White House", "Downing Street", "Blue House", "Élysée Palace", "Elysee Palace", "Scotland Yard",
    };

    /// <summary>Lower-case administrative divisions written after a place name ("Ghor province").</summary>
    public static readonly HashSet<string> AdministrativeNouns = Set(
        "province provinces district districts region regions county counties governorate governorates oblast " +
        "oblasts prefecture prefectures municipality municipalities state states territory territories canton " +
        "cantons commune communes borough boroughs township townships village villages " +
        "town towns city cities neighbourhood neighborhood suburb suburbs constituency constituencies");

    /// <summary>Lower-case natural or political features that form part of a place's name ("Amazon rainforest").</summary>
    public static readonly HashSet<string> FeatureNouns = Set(
        "rainforest river valley desert mountains mountain lake sea island islands peninsula republic forest station " +
        "basin delta gulf strait canal coast plateau volcano glacier reef lagoon archipelago atoll canyon gorge creek estuary fjord");

    /// <summary>Nouns for a person that a firm, a team or a country fills as often ("The new owner, Velmco,", "The
    /// winner, Velmora,", ""...," Portvel, the owner of the terminal, said").</summary>
    private static readonly HashSet<string> NounsABodyFills = Set(
        "owner owners buyer buyers seller sellers bidder bidders rival rivals winner winners champion champions runner-up host hosts"
        + " sponsor sponsors lender lenders partner partners supplier suppliers client clients");

    /// <summary>
    /// Whether a name described by <paramref name="noun"/> may as well be a body's: the noun is one a body fills as
    /// often and the name list does not know <paramref name="firstName"/> as a given name. Both the apposed-single-name
    /// rule and the quoted-speaker rule then leave the name unread as a person.
    /// </summary>
    public static bool IsBodyFilledNounBeside(string noun, string firstName) =>
        NounsABodyFills.Contains(noun) && !Gazetteer.GivenNames.Contains(firstName);

    /// <summary>Capitalised words that end the name of a place ("Blyth Valley", "Red Sea", "Kabul Airport").</summary>
    public static readonly HashSet<string> PlaceHeads = Set(
        "Valley River Lake Mountain Mountains Sea Ocean Bay Island Islands Peninsula Desert Forest Park County Province " +
        "District Region Republic Street Square Airport Bridge Canal Strait Gulf Coast Heights Hills Plain Basin " +
        "Delta Road Avenue Highway Hill Stadium Station Harbour Harbor Port Beach Falls Glacier Reef Oblast Governorate " +
        "Farm Ranch " +
        "Prefecture Territory Territories East West North South Central Upper Lower Borough Township Memorial Monument " +
        "Tower Palace Cathedral Temple Mosque Church Shrine Castle Abbey Hall City Mall Plaza Pier Dam Reservoir Cemetery " +
        "Fault Trench Estuary Canyon Volcano Lagoon Reservation Complex Building Mine Corner Range Field " +
        "Parish Village Lodge Atoll Crater Gorge Cove Lane Boulevard Wharf Quay Archipelago Fjord Creek Area Zone " +
        "Plant Factory Refinery Spaceport Cosmodrome Resort Jail Passage Panhandle Mainland");

    /// <summary>Place heads that are also family names ("Ellen Plant", "Mira Passage") and stay words of a person's name:
    /// a run with one of them is a place only when the place-head rules claim it (a works or a strait takes no title and
    /// no given names alone, <c>DocumentEntityReader.IsHeadOfNoPlace</c>).</summary>
    public static readonly HashSet<string> FamilyNamePlaceHeads = Set("Plant Factory Passage");

    /// <summary>
    /// Capitalised words that end the name of a street ("Fenwick Road", "Elm Close"); words that also end bodies' names
    /// ("Court", "Place", "House") are left out.
    /// </summary>
    public static readonly HashSet<string> StreetWords = Set(
        "Street Road Avenue Lane Close Drive Crescent Terrace Grove Boulevard Mews Rd Ave");

    /// <summary>Capitalised words that name events, documents and laws, never people ("Paris Climate Accord").</summary>
    public static readonly HashSet<string> EventWords = Set(
        "Accord Accords Agreement Treaty Convention Protocol Act Plan Declaration Cup Games Olympics Championship " +
        "Championships Prize Award Awards Day War Summit Festival Election Elections Crisis Revolution " +
        "Law Bill Constitution Charter Strategy Report Index Census Pact Deal Olympic Open Series League Tournament " +
        "Marathon Show Expo Fair Week Year Era Age Empire Dynasty");

    /// <summary>Capitalised function words: at a sentence start they are not part of a name.</summary>
    public static readonly HashSet<string> CapitalisedFunctionWords = Set(
        "The A An In On At For But And Or If When While After Before During Since As It He She They We I You His Her " +
        "Their Our Its This That These Those There Here Meanwhile However Also According Despite Although Though " +
        "Following Some Many Most All Other Another Last Next One Two Three Four Five Six Seven Eight Nine Ten Both " +
        "Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Dozens Hundreds Thousands " +
        "Each Every Several Few No Not Only Such What Which Who Whom Whose Why How Where Then Thus So Yet Still " +
        "Earlier Later Today Yesterday Tomorrow Tonight Now Once Further Furthermore Moreover Instead Unlike Like " +
        "Among Amongst Around About Above Below Between Within Without Under Over Through Throughout Against Toward " +
        "Towards Into Onto Upon From To Of By With Per Via Near Until Unless Because Whether Even Just Nearly Almost " +
        "Roughly Approximately Reportedly Related Read See Video Photo Image Source Sources Update Updated Breaking " +
        "Overall Currently Recently Previously Initially Finally Additionally Separately Elsewhere Nevertheless " +
        "Regardless Altogether Again Already Soon Let Please Yes Oh Experts Officials Authorities Police Residents " +
        "Thousands Hundreds Dozens Millions Tens Scores Billions Does Do Did Is Are Was Were Has Have Had Can Could Will " +
        "Would Should Must Whereas My Your Make Tell I'm I'd I'll I've Former Opposition Acting Afterwards Afterward Subsequently " +
        "Consequently Eventually Ultimately Nonetheless Indeed Perhaps Maybe Sometimes Often Apparently Officially " +
        "Notably Specifically Originally Hence Therefore Accordingly Otherwise Alternatively Similarly Likewise " +
        "Nobody Nothing Everyone Everybody Everything Someone Somebody Something Anyone Anybody Anything None " +
        "Neither Either Nor Whilst Besides Amid Hi Hello " +
        // Groups of people open sentences as common nouns ("Passengers of X waited"); words that also open
        // well-known bodies' names ("Doctors Without Borders", "Students for ...") are left out.
        "Passengers Workers Voters Visitors Fans Survivors Victims Witnesses Patients Soldiers Troops Protesters " +
        "Demonstrators Rescuers Firefighters Investigators Scientists Researchers Analysts Critics Supporters Lawyers " +
        "Prosecutors Relatives Villagers Locals Miners Pilots Employees " +
        // ("Detectives of the Velm Police Command arrested ...": the force's people, not part of its name.)
        "Detectives Officers Policemen Gunmen Militants Fighters Guards");

    public static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static readonly string[] WeekdayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    // Declared after the two arrays it is built from, so that they are set when it is.
    private static readonly HashSet<string> MonthAndWeekdayNames = new(MonthNames.Concat(WeekdayNames), StringComparer.Ordinal);

    /// <summary>Whether the word is a month or a day of the week, written exactly as a name ("March", "Friday").</summary>
    public static bool IsMonthOrWeekdayName(string word) => MonthAndWeekdayNames.Contains(word);

    /// <summary>Whether the word is a day of the week, written exactly as a name ("Friday").</summary>
    public static bool IsWeekdayName(string word) => Array.IndexOf(WeekdayNames, word) >= 0;

    /// <summary>Capitalised words that are never part of a person's name.</summary>
    public static readonly HashSet<string> NonNameWords = Set(
        "January February March April May June July August September October November December Feb Mar Apr Jun " +
        "Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday God Allah Christmas " +
        "Easter Ramadan Eid Islamic Muslim Christian Catholic Jewish Hindu Buddhist Internet Earth English Latin " +
        "Related Covid Coronavirus Brexit Sharia Northern Southern Eastern Western Female Male Virtual Private " +
        "Public Star Solar System Space Special Interest Native Vote Green Market Fire Air Storm Hurricane Tropical " +
        "Typhoon Cyclone National International Global World Human Rights Climate Change Health Science Research " +
        "Technology Media Digital Social Online Software Project Program Team United City Tribe Nation Democracy " +
        "Image Photo Video Wikinews Wikipedia Web Saint St Islam Christianity Judaism Hinduism Buddhism Sikhism " +
        "Catholicism Protestantism Amendment Interstate Town");

    /// <summary>Prepositions after which an unknown proper name is a place ("in Maidan Shahr").</summary>
    public static readonly HashSet<string> PlacePrepositions = Set("in near outside across throughout inside nearby");

    /// <summary>Lower-case particles that open a person's surname ("bin Rashid", "van Dijk"); "of", "for" and "the"
    /// join the words of a body's name instead.</summary>
    public static readonly HashSet<string> PersonNameParticles = Set("de del della di da dos das du van von der den ter bin binti ibn al el");

    /// <summary>Lower-case particles inside personal and organisation names ("de la", "bin", "van", "of"; Swahili "ya": "Kilima ya Tembo"; Arabic "es": "Dar es Salaam").</summary>
    public static readonly HashSet<string> NameConnectors = Set("of for de del della di da do dos das du la le van von der den ter bin binti ibn al el y ya the es");

    /// <summary>All-capital words that are not organisation acronyms.</summary>
    public static readonly HashSet<string> NonAcronyms = Set(
        "I II III IV V VI VII VIII IX X XI XII XX TV AM PM UTC GMT IST CST MST CDT MDT PDT AEST AEDT JST KST HKT SGT SAST WAT EAT CAT WIB MSK CEO MP MPs OK PhD AIDS HIV COVID DNA ID GDP " +
        "CCTV SUV SMS PR IT AI VIP CET EST PST EDT BST A US UK USA UAE EEZ RNA UFO VCR UV FAQ ART DC UC HM KN PC CD DVD " +
        "USB GPS SARS MERS ICU ER PPE LGBT LGBTQ CO GMO IQ IPO OS API URL HTML PDF RSVP ASAP FYI NB PS AD BC BCE CE " +
        "OMG LOL MRI CT ATM SIM HD LED LCD NGO NGOs VPN FM MW KW GW MPH KPH UHF VHF DJ MC DO IN ET AT ON OR IF IS AS BE BY " +
        "GO NO SO TO UP WE ME MY OF OH AN MV HMS USS SS RMS CEST FLOSS MAGA GLAM WN IVF GP MD RN LLC QR COVID-19 CV " +
        "R&B KOSPI KOSDAQ " +
        // Terms of trade, school, meetings and goods that news writes in capitals and that name no body.
        "EPS EBITDA ROI NAV MRP MSRP GST VAT FDI GPA CGPA SAT GCSE MBA AGM EGM SOS FIR CNG LPG LNG EV HVAC");

    /// <summary>Verbs that attribute a statement or a quotation to its subject.</summary>
    public static readonly HashSet<string> AttributionVerbs = Set(
        "said says say told tells wrote writes added adds tweeted tweets stated states announced announces declared " +
        "declares claimed claims alleged alleges warned warns explained explains noted notes insisted insists " +
        "urged urges argued argues asked asks replied replies responded responds commented comments remarked " +
        "described describes called calls characterised characterized characterises characterizes acknowledged " +
        "admitted admits confirmed confirms denied denies reported reports revealed reveals continued continues " +
        "posted posts stressed stresses emphasised emphasized cautioned suggested suggests recalled recalls " +
        "concluded concludes observed observes exclaimed shouted pleaded promised promises vowed vows " +
        "agreed agrees predicted predicts estimated estimates reads");

    /// <summary>Participles of saying: their subject is the subject of the main clause ("X left, saying ...").</summary>
    public static readonly HashSet<string> AttributionParticiples = Set(
        "saying adding calling writing describing noting warning telling stating declaring claiming insisting " +
        "arguing explaining stressing urging tweeting posting");
}
