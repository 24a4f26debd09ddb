using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>What an event word means for a count: its normalised label ("killed") and category.</summary>
internal readonly struct EventSense
{
    public EventSense(string label, QuantityCategory category)
    {
        Label = label;
        Category = category;
    }

    public string Label { get; }

    public QuantityCategory Category { get; }
}

/// <summary>The English vocabulary the quantity rules rely on. Lowercase keys, compared ignoring case.</summary>
internal static class QuantityLexicon
{
    private static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    private static readonly Dictionary<string, EventSense> Events = BuildEvents();

    private static readonly HashSet<string> FunctionWords = new(Comparer)
    {
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "into", "onto", "over", "under",
        "after", "before", "during", "since", "until", "among", "amongst", "between", "across", "through", "against", "near", "and",
        "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "so",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
        "should", "may", "might", "must", "can", "also", "more", "most", "less", "least", "its", "their", "his", "her", "our", "my",
        "your", "it", "they", "he", "she", "we", "you", "i", "this", "these", "those", "there", "here", "not", "no", "all", "each",
        "every", "both", "either", "about", "around", "per", "according", "said", "says", "say", "reportedly", "just", "only",
        "including", "like", "up", "down", "out", "off", "them", "him", "us", "me", "some", "other", "another", "worldwide", "nationwide",
        "overall", "altogether", "annually", "abroad", "overnight", "today", "yesterday", "tonight", "tomorrow", "daily", "weekly",
        "monthly", "yearly", "ago", "last", "next", "versus", "vs", "aged", "here", "there", "home", "onboard", "aboard", "instead", "ahead", "together", "apart", "combined", "total", "such", "then",
        "now", "yet", "still", "even", "already", "again", "later", "earlier", "ago", "away", "back", "almost", "nearly", "roughly",
        "approximately", "some", "what", "how", "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "why", "whether", "via", "per", "than", "too", "very", "'s", "toward", "towards",
        "within", "upon", "beyond", "above", "below", "behind", "despite", "plus", "minus", "respectively", "apiece", "each", "alone",
    };

    private static readonly HashSet<string> PeopleNouns = new(Comparer)
    {
        "people", "person", "persons", "individuals", "residents", "inhabitants", "citizens", "civilians", "locals", "villagers",
        "natives", "children", "kids", "women", "men", "girls", "boys", "adults", "teenagers", "teens", "babies", "infants",
        "students", "pupils", "teachers", "workers", "employees", "staff", "staffers", "officers", "policemen", "police",
        "firefighters", "doctors", "nurses", "patients", "passengers", "crew", "members", "protesters", "protestors",
        "demonstrators", "voters", "fans", "spectators", "tourists", "visitors", "migrants", "refugees", "evacuees", "victims",
        "survivors", "prisoners", "inmates", "detainees", "hostages", "captives", "journalists", "reporters", "miners",
        "gunmen", "militants", "fighters", "rebels", "insurgents", "jihadists", "peacekeepers", "personnel", "servicemen",
        "soldiers", "troops", "marines", "sailors", "pilots", "bodies", "dead", "casualties", "fatalities", "families",
        "pilgrims", "athletes", "players", "candidates", "lawmakers", "senators", "legislators", "ministers",
        "officials", "suspects", "attendees", "participants", "volunteers", "supporters", "farmers", "elderly", "deaths",
        "humans", "guards", "agents", "diplomats", "climbers", "hikers", "swimmers", "fishermen", "guests", "customers",
        "users", "scientists", "researchers", "experts", "activists", "asylum", "seekers", "settlers", "worshippers", "parishioners",
        "cadets", "recruits", "member", "mourners", "rescuers", "paramedics", "medics", "wounded", "injured",
        "homeless", "displaced", "missing", "abductees", "kidnappers", "attackers", "assailants", "shooters", "bombers", "terrorists",
        "smugglers", "traffickers", "criminals", "convicts", "defendants", "plaintiffs", "jurors", "judges", "clergy", "priests",
        "nuns", "monks", "bishops", "surgeons", "drivers", "cyclists", "pedestrians", "motorists", "truckers",         "tenants", "owners", "shoppers", "investors", "shareholders", "subscribers", "viewers", "listeners",
        "readers", "followers", "americans", "others", "forces", "man", "woman", "boy", "girl", "child", "baby",
        "teenager", "teen", "deceased", "victim", "suspect", "driver", "gunman", "soldier", "officer", "worker", "resident", "student",
        "passenger", "pilot", "patient", "journalist", "civilian", "policeman", "policewoman", "firefighter", "teacher", "doctor", "nationals", "foreigners", "immigrants", "expatriates", "pensioners",
        "crewmembers", "crewmen", "crewmember", "crewman", "infections", "individual", "justice", "volunteer",         // Relatives and the roles people are most often counted by.
        "sons", "daughters", "brothers", "sisters", "siblings", "parents", "mothers", "fathers", "wives", "husbands", "relatives",
        "grandchildren", "grandsons", "granddaughters", "cousins", "nephews", "nieces", "friends", "colleagues", "neighbours", "neighbors",
        "leaders", "authors", "contributors", "nominees", "presidents", "justices", "contenders", "contestants", "finalists", "winners",
        "performers", "speakers", "presenters", "vendors", "retailers", "exhibitors", "occupants", "petitioners", "applicants", "entrants",
        "finishers", "runners", "actors", "actresses", "singers", "artists", "celebrities", "coaches", "managers", "directors", "executives",
        "founders", "partners", "governors", "mayors", "councillors", "councilors", "representatives", "ambassadors", "envoys", "generals",
        "commanders", "investigators", "detectives", "prosecutors", "lawyers", "attorneys", "witnesses", "astronauts", "employers",
        // More kinds of people news counts, by age, pastime, trade, faith or deed.
        "accomplices", "pundits", "developers", "programmers", "seniors", "juveniles", "minors", "toddlers", "newborns", "youths",
        "youngsters", "elders", "retirees", "travellers", "travelers", "holidaymakers", "sunbathers", "beachgoers", "campers", "hunters",
        "anglers", "divers", "surfers", "mountaineers", "trekkers", "jockeys", "referees", "umpires", "onlookers", "eyewitnesses",
        "robbers", "thieves", "burglars", "looters", "rioters", "gangsters", "militiamen", "paramilitaries", "guerrillas", "hardliners",
        "dissidents", "strikers", "picketers", "campaigners", "advocates", "traders", "brokers", "bankers", "bureaucrats", "clerks",
        "assistants", "aides", "consultants", "labourers", "laborers", "interns", "trainees", "apprentices", "graduates", "undergraduates",
        "scholars", "academics", "lecturers", "tutors", "midwives", "caregivers", "carers", "landlords", "homeowners", "householders",
        "townspeople", "expats", "emigrants", "asylum-seekers", "worshipers", "believers", "clerics", "pastors", "missionaries",
        "congregants", "airmen", "riders", "bikers", "loggers", "ranchers", "herders", "shepherds", "shopkeepers", "merchants", "clients",
        "consumers", "electors", "painters", "sculptors", "dancers", "grandparents", "orphans", "spouses", "independents", "lifeguards",
        "bodyguards", "policewomen", "spies", "informants", "hackers", "poachers", "pirates", "snipers",
    };

    private static readonly HashSet<string> MilitaryNouns = new(Comparer)
    {
        "soldiers", "troops", "servicemen", "gunmen", "militants", "fighters", "insurgents", "rebels", "jihadists", "peacekeepers",
        "marines", "sailors", "paratroopers", "commandos", "mercenaries", "militiamen", "conscripts", "reservists", "tanks",
        "warships", "jets", "warplanes", "fighter", "aircraft", "helicopters", "missiles", "rockets", "drones", "battalions",
        "brigades", "divisions", "regiments", "forces", "warheads", "airstrikes", "strikes", "artillery", "submarines", "bombers", "vessels",
        // The rest of the classes of warships, military vehicles, artillery and service people (as WordNet groups them),
        // and the units they serve in.
        "warship", "battleships", "frigates", "destroyers", "corvettes", "cruisers", "gunboats", "minesweepers", "u-boats", "humvees",
        "interceptors", "gunships", "howitzers", "mortars", "cannons", "launchers", "infantrymen", "artillerymen", "cavalrymen",
        "guardsmen", "riflemen", "airmen", "servicemembers", "grenadiers", "fusiliers", "legionnaires", "gunners", "snipers", "squadrons",
        "platoons", "battalion", "brigade", "regiment", "squadron", "platoon", "sorties", "air-strikes",
    };

    private static readonly HashSet<string> PopulationNouns = new(Comparer)
    {
        "residents", "inhabitants", "population", "citizens", "dwellers", "villagers", "locals", "natives", "households", "people",
    };

    private static readonly HashSet<string> PopulationVerbs = new(Comparer)
    {
        "live", "living", "lived", "inhabit", "inhabited", "reside", "resided", "residing", "populated",
    };

    private static readonly Dictionary<string, string> TimeUnits = new(Comparer)
    {
        ["second"] = "seconds", ["seconds"] = "seconds", ["minute"] = "minutes", ["minutes"] = "minutes", ["hour"] = "hours",
        ["hours"] = "hours", ["day"] = "days", ["days"] = "days", ["week"] = "weeks", ["weeks"] = "weeks", ["month"] = "months",
        ["months"] = "months", ["year"] = "years", ["years"] = "years", ["decade"] = "decades", ["decades"] = "decades",
        ["century"] = "centuries", ["centuries"] = "centuries", ["night"] = "nights", ["nights"] = "nights",
        ["fortnight"] = "fortnights", ["fortnights"] = "fortnights", ["millennium"] = "millennia", ["millennia"] = "millennia",
        ["millisecond"] = "milliseconds", ["milliseconds"] = "milliseconds", ["microsecond"] = "microseconds", ["microseconds"] = "microseconds",
        ["nanosecond"] = "nanoseconds", ["nanoseconds"] = "nanoseconds",

    };

    // Abbreviations of results tables and briefs: "23.71sec", "12 mins" ("hrs" is a clock word: "1400 hrs"). Lower case
    // only: "10 SEC filings" names the regulator, not seconds.
    private static readonly Dictionary<string, string> TimeUnitAbbreviations = new(System.StringComparer.Ordinal)
    {
        ["sec"] = "seconds", ["secs"] = "seconds", ["mins"] = "minutes",
    };

    private static readonly Dictionary<string, string> MeasureUnits = new(Comparer)
    {
        ["km"] = "km", ["kms"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["m"] = "m", ["mile"] = "miles", ["miles"] = "miles", ["metre"] = "metres", ["metres"] = "metres", ["meter"] = "meters", ["meters"] = "meters",
        ["foot"] = "feet", ["feet"] = "feet", ["ft"] = "feet", ["inch"] = "inches", ["inches"] = "inches", ["cm"] = "cm",
        ["centimetres"] = "cm", ["centimeters"] = "cm", ["mm"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm",
        ["hectare"] = "hectares", ["hectares"] = "hectares", ["acre"] = "acres", ["acres"] = "acres", ["tonne"] = "tonnes",
        ["tonnes"] = "tonnes", ["ton"] = "tons", ["tons"] = "tons", ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg",
        ["kilogrammes"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg", ["gram"] = "grams", ["grams"] = "grams", ["pound"] = "pounds", ["lb"] = "lb", ["lbs"] = "lb",
        ["ounce"] = "oz", ["ounces"] = "oz", ["oz"] = "oz", ["mi"] = "miles", ["yard"] = "yards", ["yards"] = "yards", ["yd"] = "yards",
        ["km2"] = "square km", ["centimetre"] = "cm", ["centimeter"] = "cm", ["millimetre"] = "mm", ["millimeter"] = "mm",
        ["gigawatts"] = "gigawatts", ["kilowatts"] = "kilowatts", ["megawatt"] = "megawatts", ["gigawatt"] = "gigawatts", ["kilowatt"] = "kilowatts",
        ["mg"] = "mg", ["milligrams"] = "mg", ["ml"] = "ml", ["millilitres"] = "ml", ["litre"] = "litres", ["litres"] = "litres", ["liter"] = "litres", ["liters"] = "litres", ["gallon"] = "gallons",
        ["gallons"] = "gallons", ["barrel"] = "barrels", ["barrels"] = "barrels", ["degree"] = "degrees", ["degrees"] = "degrees",
        ["mph"] = "mph", ["m.p.h."] = "mph", ["kph"] = "kph", ["knots"] = "knots", ["magnitude"] = "magnitude", ["storey"] = "storeys",
        ["storeys"] = "storeys", ["story"] = "storeys", ["stories"] = "stories", ["floor"] = "floors", ["floors"] = "floors",
        ["seat"] = "seats", ["seats"] = "seats", ["delegate"] = "delegates", ["delegates"] = "delegates", ["tonnage"] = "gross tonnage", ["vote"] = "votes", ["votes"] = "votes", ["megawatts"] = "megawatts", ["mw"] = "megawatts",
        // The rest of the SI and imperial units news measures with, spelled out (symbols that are also words are left out).
        ["milligram"] = "mg", ["microgram"] = "micrograms", ["micrograms"] = "micrograms", ["nanometre"] = "nanometers", ["nanometres"] = "nanometers",
        ["nanometer"] = "nanometers", ["nanometers"] = "nanometers", ["micrometre"] = "micrometers", ["micrometres"] = "micrometers",
        ["micrometer"] = "micrometers", ["micrometers"] = "micrometers", ["micron"] = "microns", ["microns"] = "microns",
        ["furlong"] = "furlongs", ["furlongs"] = "furlongs", ["fathom"] = "fathoms", ["fathoms"] = "fathoms", ["pint"] = "pints", ["pints"] = "pints",
        ["quart"] = "quarts", ["quarts"] = "quarts", ["bushel"] = "bushels", ["bushels"] = "bushels", ["hectolitre"] = "hectolitres",
        ["hectolitres"] = "hectolitres", ["hectoliter"] = "hectolitres", ["hectoliters"] = "hectolitres", ["millilitre"] = "ml", ["milliliter"] = "ml",
        ["milliliters"] = "ml", ["centilitres"] = "cl", ["centiliters"] = "cl", ["kiloton"] = "kilotons", ["kilotons"] = "kilotons",
        ["kilotonnes"] = "kilotons", ["megaton"] = "megatons", ["megatons"] = "megatons", ["megatonnes"] = "megatons", ["carat"] = "carats",
        ["carats"] = "carats", ["joule"] = "joules", ["joules"] = "joules", ["kilojoules"] = "kilojoules", ["megajoules"] = "megajoules",
        ["calorie"] = "calories", ["calories"] = "calories", ["kilocalories"] = "kcal", ["kcal"] = "kcal", ["watt"] = "watts", ["watts"] = "watts",
        ["terawatt"] = "terawatts", ["terawatts"] = "terawatts", ["volt"] = "volts", ["volts"] = "volts", ["kilovolt"] = "kilovolts",
        ["kilovolts"] = "kilovolts", ["amp"] = "amperes", ["amps"] = "amperes", ["ampere"] = "amperes", ["amperes"] = "amperes", ["ohms"] = "ohms",
        ["horsepower"] = "horsepower", ["hp"] = "horsepower", ["pascal"] = "pascals", ["pascals"] = "pascals", ["hectopascals"] = "hPa",
        ["millibar"] = "millibars", ["millibars"] = "millibars", ["psi"] = "psi", ["decibel"] = "decibels", ["decibels"] = "decibels",
        ["hertz"] = "Hz", ["kilohertz"] = "kHz", ["megahertz"] = "MHz", ["gigahertz"] = "GHz", ["kelvin"] = "kelvin", ["lumens"] = "lumens",
        ["becquerels"] = "becquerels", ["sieverts"] = "sieverts", ["millisieverts"] = "millisieverts", ["microsieverts"] = "microsieverts",
        ["byte"] = "bytes", ["bytes"] = "bytes", ["kilobytes"] = "KB", ["megabytes"] = "MB", ["gigabytes"] = "GB", ["terabytes"] = "TB",
        ["petabytes"] = "PB", ["kilowatt-hours"] = "kWh", ["megawatt-hours"] = "MWh", ["gigawatt-hours"] = "GWh", ["terawatt-hours"] = "TWh",
    };

    private static readonly Dictionary<string, string> CurrencyWords = new(Comparer)
    {
        ["dollar"] = "usd", ["dollars"] = "usd", ["euro"] = "eur", ["euros"] = "eur", ["pound"] = "gbp", ["pounds"] = "gbp",
        ["sterling"] = "gbp", ["yen"] = "jpy", ["yuan"] = "cny", ["renminbi"] = "cny", ["ruble"] = "rub", ["rubles"] = "rub",
        ["rouble"] = "rub", ["roubles"] = "rub", ["rupee"] = "inr", ["rupees"] = "inr", ["pesos"] = "pesos", ["francs"] = "chf",
        ["krona"] = "sek", ["kronor"] = "sek", ["krone"] = "nok", ["kroner"] = "nok", ["zloty"] = "pln", ["zlotys"] = "pln", ["złoty"] = "pln", ["złotys"] = "pln",
        ["lira"] = "try", ["rand"] = "zar", ["won"] = "krw", ["shekels"] = "ils", ["naira"] = "ngn", ["dinars"] = "dinars",
        ["riyals"] = "sar", ["dirhams"] = "aed", ["bitcoin"] = "btc", ["bitcoins"] = "btc",
        ["peso"] = "pesos", ["franc"] = "chf", ["dinar"] = "dinars", ["riyal"] = "sar", ["dirham"] = "aed", ["shekel"] = "ils",
        ["reais"] = "brl", ["ringgit"] = "myr", ["rupiah"] = "idr", ["baht"] = "thb", ["forint"] = "huf", ["forints"] = "huf",
        ["koruna"] = "czk", ["korunas"] = "czk", ["hryvnia"] = "uah", ["hryvnias"] = "uah", ["hryvnas"] = "uah", ["lari"] = "gel",
        ["manat"] = "azn", ["manats"] = "azn", ["tenge"] = "kzt", ["taka"] = "bdt", ["kyat"] = "mmk", ["kyats"] = "mmk",
        ["afghanis"] = "afn", ["cedi"] = "ghs", ["cedis"] = "ghs", ["birr"] = "etb", ["kwacha"] = "zmw", ["rial"] = "irr", ["rials"] = "irr",
        ["shilling"] = "shillings", ["shillings"] = "shillings", ["lei"] = "ron", ["leva"] = "bgn", ["rands"] = "zar",
        // The other currencies of ISO 4217 whose names are no everyday English words.
        ["bolivar"] = "ves", ["bolivars"] = "ves", ["bolívar"] = "ves", ["bolívares"] = "ves", ["bolivares"] = "ves", ["quetzal"] = "gtq", ["quetzales"] = "gtq",
        ["quetzals"] = "gtq", ["lempira"] = "hnl", ["lempiras"] = "hnl", ["cordobas"] = "nio", ["córdobas"] = "nio",
        ["colones"] = "crc", ["guarani"] = "pyg", ["guaranis"] = "pyg", ["guaraní"] = "pyg", ["boliviano"] = "bob",
        ["bolivianos"] = "bob", ["gourde"] = "htg", ["gourdes"] = "htg", ["balboas"] = "pab", ["lek"] = "all", ["leke"] = "all",
        ["denar"] = "mkd", ["denari"] = "mkd", ["denars"] = "mkd", ["kuna"] = "hrk", ["kune"] = "hrk", ["lev"] = "bgn", ["leu"] = "ron", ["tugrik"] = "mnt",
        ["tugriks"] = "mnt", ["tögrög"] = "mnt", ["somoni"] = "tjs", ["ngultrum"] = "btn", ["rufiyaa"] = "mvr",
        ["riel"] = "khr", ["riels"] = "khr", ["kwanza"] = "aoa", ["kwanzas"] = "aoa", ["metical"] = "mzn", ["meticais"] = "mzn", ["meticals"] = "mzn",
        ["nakfa"] = "ern", ["ariary"] = "mga", ["ouguiya"] = "mru", ["ouguiyas"] = "mru", ["dalasi"] = "gmd", ["dalasis"] = "gmd", ["lilangeni"] = "szl",
        ["emalangeni"] = "szl", ["maloti"] = "lsl", ["loti"] = "lsl", ["pula"] = "bwp", ["kwachas"] = "mwk", ["pa'anga"] = "top", ["vatu"] = "vuv",
        ["kina"] = "pgk", ["tala"] = "wst", ["dong"] = "vnd", ["leones"] = "sll", ["rupiahs"] = "idr", ["yuans"] = "cny",
        ["kopeks"] = "rub", ["paise"] = "inr", ["satoshis"] = "btc", ["ethers"] = "eth", ["renminbis"] = "cny", ["zlote"] = "pln", ["groszy"] = "pln",
    };

    // Currency names that are also everyday words or names ("reals", "marks", "soles", "colon", "Cordoba"): money only right
    // after a country adjective ("Brazilian reals", "Peruvian soles"), which then names the currency.
    private static readonly HashSet<string> CountryOnlyCurrencyWords = new(Comparer)
    {
        "real", "reals", "mark", "marks", "sol", "soles", "kip", "dram", "drams", "som", "soms", "leone", "crown", "crowns", "colon", "colón",
        "cordoba", "córdoba", "balboa", "afghani",
    };

    // Countries' adjectives (and the short names used as adjectives) before a currency word: "Mexican pesos", "Hong Kong dollars".
    private static readonly Dictionary<string, string> CountryCurrencies = new(StringComparer.Ordinal)
    {
        ["US"] = "usd", ["U.S."] = "usd", ["American"] = "usd", ["Canadian"] = "cad", ["Australian"] = "aud", ["Singapore"] = "sgd",
        ["Singaporean"] = "sgd", ["Zimbabwean"] = "zwl", ["New Zealand"] = "nzd", ["Hong Kong"] = "hkd", ["Taiwan"] = "twd", ["Taiwanese"] = "twd",
        ["New Taiwan"] = "twd", ["Jamaican"] = "jmd", ["Liberian"] = "lrd", ["Namibian"] = "nad", ["Fijian"] = "fjd", ["Bahamian"] = "bsd",
        ["Mexican"] = "mxn", ["Argentine"] = "ars", ["Argentinian"] = "ars", ["Philippine"] = "php", ["Chilean"] = "clp", ["Colombian"] = "cop",
        ["Cuban"] = "cup", ["Uruguayan"] = "uyu", ["Dominican"] = "dop", ["Indian"] = "inr", ["Pakistani"] = "pkr", ["Sri Lankan"] = "lkr",
        ["Nepalese"] = "npr", ["Nepali"] = "npr", ["Mauritian"] = "mur", ["Indonesian"] = "idr", ["Egyptian"] = "egp", ["Lebanese"] = "lbp",
        ["Syrian"] = "syp", ["Sudanese"] = "sdg", ["British"] = "gbp", ["Swiss"] = "chf", ["CFA"] = "xof", ["Congolese"] = "cdf",
        ["Rwandan"] = "rwf", ["Burundian"] = "bif", ["Danish"] = "dkk", ["Norwegian"] = "nok", ["Swedish"] = "sek", ["Icelandic"] = "isk",
        ["Iraqi"] = "iqd", ["Jordanian"] = "jod", ["Kuwaiti"] = "kwd", ["Algerian"] = "dzd", ["Tunisian"] = "tnd", ["Libyan"] = "lyd",
        ["Serbian"] = "rsd", ["Bahraini"] = "bhd", ["Saudi"] = "sar", ["Qatari"] = "qar", ["Iranian"] = "irr", ["Omani"] = "omr",
        ["Yemeni"] = "yer", ["Kenyan"] = "kes", ["Ugandan"] = "ugx", ["Tanzanian"] = "tzs", ["Somali"] = "sos", ["Russian"] = "rub",
        ["Belarusian"] = "byn", ["Turkish"] = "try", ["Brazilian"] = "brl", ["Japanese"] = "jpy", ["Chinese"] = "cny", ["Korean"] = "krw",
        ["South Korean"] = "krw", ["North Korean"] = "kpw", ["Nigerian"] = "ngn", ["Ghanaian"] = "ghs", ["South African"] = "zar",
        ["Israeli"] = "ils", ["Ukrainian"] = "uah", ["Polish"] = "pln", ["Czech"] = "czk", ["Hungarian"] = "huf", ["Romanian"] = "ron",
        ["Bulgarian"] = "bgn", ["Thai"] = "thb", ["Vietnamese"] = "vnd", ["Malaysian"] = "myr", ["Bangladeshi"] = "bdt", ["Moroccan"] = "mad",
        ["Emirati"] = "aed", ["UAE"] = "aed", ["Ethiopian"] = "etb", ["Zambian"] = "zmw", ["Venezuelan"] = "ves", ["Peruvian"] = "pen",
        ["Afghan"] = "afn", ["Kazakh"] = "kzt", ["Georgian"] = "gel", ["Brunei"] = "bnd", ["Trinidad"] = "ttd",
        ["Peruvian"] = "pen", ["Bolivian"] = "bob", ["Paraguayan"] = "pyg", ["Guatemalan"] = "gtq", ["Honduran"] = "hnl", ["Nicaraguan"] = "nio",
        ["Costa Rican"] = "crc", ["Haitian"] = "htg", ["Panamanian"] = "pab", ["Belize"] = "bzd", ["Guyanese"] = "gyd", ["Barbadian"] = "bbd",
        ["East Caribbean"] = "xcd", ["Bermudian"] = "bmd", ["Cayman"] = "kyd", ["Albanian"] = "all", ["Macedonian"] = "mkd", ["Moldovan"] = "mdl",
        ["Bosnian"] = "bam", ["Croatian"] = "hrk", ["Kyrgyz"] = "kgs", ["Tajik"] = "tjs", ["Uzbek"] = "uzs", ["Turkmen"] = "tmt", ["Mongolian"] = "mnt",
        ["Lao"] = "lak", ["Laotian"] = "lak", ["Cambodian"] = "khr", ["Burmese"] = "mmk", ["Myanmar"] = "mmk", ["Maldivian"] = "mvr",
        ["Bhutanese"] = "btn", ["Botswana"] = "bwp", ["Malawian"] = "mwk", ["Mozambican"] = "mzn", ["Angolan"] = "aoa", ["Sierra Leonean"] = "sll",
        ["Gambian"] = "gmd", ["Malagasy"] = "mga", ["Mauritanian"] = "mru", ["Eritrean"] = "ern", ["Papua New Guinea"] = "pgk", ["Samoan"] = "wst",
        ["Tongan"] = "top", ["Seychellois"] = "scr", ["Solomon Islands"] = "sbd", ["Czechoslovak"] = "csk", ["German"] = "dem", ["Finnish"] = "fim",
        ["Estonian"] = "eek", ["Irish"] = "iep", ["Italian"] = "itl", ["French"] = "frf", ["Belgian"] = "bef", ["Dutch"] = "nlg", ["Spanish"] = "esp",
        ["Portuguese"] = "pte", ["Greek"] = "grd", ["Austrian"] = "ats", ["Slovak"] = "skk", ["Lithuanian"] = "ltl", ["Latvian"] = "lvl",
    };

    /// <summary>The currency a country adjective before a currency word names ("Swiss" francs: chf); null for other words.</summary>
    public static string? CurrencyOfCountry(string words) => CountryCurrencies.TryGetValue(words, out var code) ? code : null;

    // ISO codes written before an amount ("USD 1 million", "SEK9 million"); "Rs" is the rupee's.
    private static readonly Dictionary<string, string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        ["USD"] = "usd", ["EUR"] = "eur", ["GBP"] = "gbp", ["JPY"] = "jpy", ["CNY"] = "cny", ["RMB"] = "cny", ["INR"] = "inr", ["Rs"] = "inr",
        ["RUB"] = "rub", ["SEK"] = "sek", ["NOK"] = "nok", ["DKK"] = "dkk", ["CHF"] = "chf", ["CAD"] = "cad", ["AUD"] = "aud",
        ["NZD"] = "nzd", ["HKD"] = "hkd", ["SGD"] = "sgd", ["ZAR"] = "zar", ["BRL"] = "brl", ["MXN"] = "mxn", ["PLN"] = "pln",
        ["KRW"] = "krw", ["IDR"] = "idr", ["PKR"] = "pkr", ["NGN"] = "ngn", ["KES"] = "kes", ["EGP"] = "egp", ["SAR"] = "sar",
        ["AED"] = "aed", ["ILS"] = "ils", ["UAH"] = "uah", ["TWD"] = "twd", ["THB"] = "thb", ["MYR"] = "myr",
        ["ARS"] = "ars", ["CLP"] = "clp", ["COP"] = "cop", ["PHP"] = "php", ["VND"] = "vnd", ["CZK"] = "czk", ["HUF"] = "huf",
        ["ISK"] = "isk", ["GEL"] = "gel", ["AMD"] = "amd", ["AZN"] = "azn", ["IRR"] = "irr", ["BDT"] = "bdt", ["LKR"] = "lkr",
        ["NPR"] = "npr", ["GHS"] = "ghs", ["ETB"] = "etb", ["UGX"] = "ugx", ["TZS"] = "tzs", ["QAR"] = "qar", ["KWD"] = "kwd",
        ["BHD"] = "bhd", ["OMR"] = "omr", ["JOD"] = "jod", ["MAD"] = "mad", ["TND"] = "tnd", ["DZD"] = "dzd", ["IQD"] = "iqd",
        ["KZT"] = "kzt", ["RON"] = "ron", ["BGN"] = "bgn", ["PEN"] = "pen", ["BTC"] = "btc",
        // The rest of ISO 4217, but for the codes that spell an English word in capitals ("ALL", "CUP", "TOP", "MOP", "SOS").
        ["AFN"] = "afn", ["ANG"] = "ang", ["AOA"] = "aoa", ["AWG"] = "awg", ["BAM"] = "bam", ["BBD"] = "bbd", ["BIF"] = "bif",
        ["BMD"] = "bmd", ["BND"] = "bnd", ["BOB"] = "bob", ["BSD"] = "bsd", ["BTN"] = "btn", ["BWP"] = "bwp", ["BYN"] = "byn",
        ["BZD"] = "bzd", ["CDF"] = "cdf", ["CRC"] = "crc", ["CVE"] = "cve", ["DJF"] = "djf", ["DOP"] = "dop", ["ERN"] = "ern",
        ["FJD"] = "fjd", ["FKP"] = "fkp", ["GIP"] = "gip", ["GMD"] = "gmd", ["GNF"] = "gnf", ["GTQ"] = "gtq", ["GYD"] = "gyd",
        ["HNL"] = "hnl", ["HRK"] = "hrk", ["HTG"] = "htg", ["JMD"] = "jmd", ["KGS"] = "kgs", ["KHR"] = "khr", ["KMF"] = "kmf",
        ["KPW"] = "kpw", ["KYD"] = "kyd", ["LAK"] = "lak", ["LBP"] = "lbp", ["LRD"] = "lrd", ["LSL"] = "lsl", ["LYD"] = "lyd",
        ["MDL"] = "mdl", ["MGA"] = "mga", ["MKD"] = "mkd", ["MMK"] = "mmk", ["MNT"] = "mnt", ["MRU"] = "mru", ["MUR"] = "mur",
        ["MVR"] = "mvr", ["MWK"] = "mwk", ["MZN"] = "mzn", ["NAD"] = "nad", ["NIO"] = "nio", ["PAB"] = "pab", ["PGK"] = "pgk",
        ["PYG"] = "pyg", ["RSD"] = "rsd", ["RWF"] = "rwf", ["SBD"] = "sbd", ["SCR"] = "scr", ["SDG"] = "sdg", ["SHP"] = "shp",
        ["SLE"] = "sle", ["SLL"] = "sll", ["SRD"] = "srd", ["SSP"] = "ssp", ["STN"] = "stn", ["SYP"] = "syp", ["SZL"] = "szl",
        ["TJS"] = "tjs", ["TMT"] = "tmt", ["TTD"] = "ttd", ["UYU"] = "uyu", ["UZS"] = "uzs", ["VES"] = "ves", ["VUV"] = "vuv",
        ["WST"] = "wst", ["XAF"] = "xaf", ["XCD"] = "xcd", ["XOF"] = "xof", ["XPF"] = "xpf", ["YER"] = "yer", ["ZMW"] = "zmw",
        ["ZWL"] = "zwl", ["TRY"] = "try", ["ETH"] = "eth",
    };

    // Words that name what a following number is a label of ("flight 302", "No. 10"), not a count.
    private static readonly HashSet<string> LabelWords = new(Comparer)
    {
        "number", "no", "nos", "page", "pages", "chapter", "article", "section", "paragraph", "clause", "flight", "route", "highway",
        "interstate", "room", "gate", "platform", "category", "channel", "track", "episode", "season", "volume", "vol", "model",
        "version", "act", "resolution", "amendment", "item", "line", "row", "lot", "unit", "ward", "district", "zone", "terminal",
        "pier", "stage", "grade", "class", "level", "phase", "exit", "bus", "tier", "pp", "vs", "versus", "apartment", "suite",
        "box", "code", "phoned", "dialled", "dialed", "dial", "covid", "sars", "mh", "su", "boeing", "airbus", "type", "mark", "mk", "word", "figure", "#", "round",
    };

    private static readonly HashSet<string> Months = new(Comparer)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> ClockWords = new(Comparer)
    {
        "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "cet", "cest",
        "eet", "ist", "jst", "aest", "hrs", "h", "o'clock", "local", "bc", "bce", "b.c.", "b.c.e.", "ad", "a.d.", "ce", "c.e.",
    };

    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    // Words that say a run of time was not broken: "a fifth straight day", "three consecutive weeks".
    private static readonly HashSet<string> UnbrokenRunWords = new(Comparer) { "straight", "consecutive", "successive" };

    /// <summary>"straight", "consecutive", "successive": a run of days, weeks or years without a break.</summary>
    public static bool IsUnbrokenRunWord(string word) => UnbrokenRunWords.Contains(word);

    // Words that open another clause, past which a noun near a share belongs to another figure ("sales rose 5% as costs
    // fell", "raised rates while inflation hit 5%").
    private static readonly HashSet<string> ClauseOpeners = new(Comparer)
    {
        "but", "while", "whereas", "although", "though", "and", "as", "after", "when", "because",
    };

    /// <summary>A conjunction that opens another clause ("but", "while", "as", "because", ...).</summary>
    public static bool IsClauseOpener(string word) => ClauseOpeners.Contains(word);

    /// <summary>
    /// A noun that counts people: a known one, a known one after a prefix ("co-authors", "ex-soldiers"), or a plural that
    /// names people by its ending ("cyclists", "physicians").
    /// </summary>
    public static bool IsPeopleNoun(string word) =>
        IsKnownPerson(word) || (UnprefixedPerson(word) is { } bare && IsKnownPerson(bare))
        || (word.Length > 6 && word.EndsWith("ists", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("lists", StringComparison.OrdinalIgnoreCase))
        || (word.Length > 5 && word.EndsWith("ians", StringComparison.OrdinalIgnoreCase));

    // A known people noun in either number ("one candidate", "two nominees"), or an office or kind of person the
    // entity rules know ("six MPs", "four deputies", "two engineers"). Election counts ("14 delegates") are counted
    // in their own unit, like seats and votes, although delegates are people.
    // Any other noun whose usual sense is a kind of person ("steelworkers", "cosmonauts") comes from the WordNet list.
    private static bool IsKnownPerson(string word) =>
        !MeasureUnits.ContainsKey(word)
        && (PeopleNouns.Contains(word) || (Singular(word) is { } one && !ThingLikeOffices.Contains(one) && !(one == word && AdjectiveLikeOffices.Contains(one))
            && (Entities.Lexicon.RoleHeads.Contains(one) || Entities.Lexicon.PersonNouns.Contains(one) || PersonNounList.Contains(word))));

    // Office words that usually count things: "200 chairs", "ten heads of cattle", "two hosts of the virus".
    private static readonly HashSet<string> ThingLikeOffices = new(Comparer)
    {
        "chair", "head", "host", "cardinal", "marshal", "warden", "rector", "dean", "principal",
    };

    // Office words that in the singular are mostly adjectives: "one official figure", "an executive order".
    private static readonly HashSet<string> AdjectiveLikeOffices = new(Comparer)
    {
        "official", "executive", "deputy", "general", "chief", "fellow",
    };

    /// <summary>The singular of a regular plural ("deputies" → "deputy", "chairmen" → "chairman"); the word itself when it has no plural ending.</summary>
    private static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("men", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            return word.Substring(0, word.Length - 3) + "man";
        }

        return word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && word.Length > 2
            ? word.Substring(0, word.Length - 1)
            : word;
    }

    private static string? UnprefixedPerson(string word)
    {
        foreach (var prefix in PersonPrefixes)
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return word.Substring(prefix.Length);
            }
        }

        return null;
    }

    private static readonly string[] PersonPrefixes = { "co-", "ex-", "fellow-", "half-", "step-" };

    /// <summary>
    /// A people noun, or a plural that reads like one by its ending ("motorcyclists", "riders", "Iranians");
    /// used where an event already suggests people were counted.
    /// </summary>
    public static bool IsPeopleLike(string word) =>
        PeopleNouns.Contains(word) || MilitaryNouns.Contains(word) || IsKnownPerson(word) || (word.Length > 4 && EndsWithAny(word, PersonPluralEndings))
        || IsSingularOfListedPeople(word);

    /// <summary>
    /// "one peacekeeper", "a protester": the singular of a listed plural with a person's ending names one of them (not
    /// "death" of "deaths", nor a word already in -s).
    /// </summary>
    public static bool IsSingularOfListedPeople(string word) =>
        word.Length > 3 && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && PeopleNouns.Contains(word + "s") && EndsWithAny(word + "s", PersonPluralEndings);

    private static readonly string[] PersonPluralEndings = { "ers", "ists", "ians", "ants", "ents", "ees", "men", "ors" };

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsMilitaryNoun(string word) => MilitaryNouns.Contains(word);

    // Those one serves or works under: "under two presidents" names whose authority, not "fewer than".
    private static readonly HashSet<string> AuthorityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "presidents", "ministers", "leaders", "governments", "administrations", "coaches", "managers", "kings", "queens",
        "monarchs", "chancellors", "governors", "mayors", "commanders", "bosses", "captains", "chairmen", "chiefs", "directors",
        "editors", "popes", "emperors", "regimes", "rulers", "owners", "premiers", "presidencies",
    };

    public static bool IsAuthorityNoun(string word) => AuthorityNouns.Contains(word);

    // "four Navy ships", "two military aircraft": a modifier that makes what is counted a military asset.
    private static readonly HashSet<string> MilitaryModifiers = new(Comparer)
    {
        "navy", "naval", "military", "army", "warplane", "combat", "coastguard", "armoured", "armored", "infantry", "paramilitary",
        "militia", "artillery", "missile",
    };

    public static bool IsMilitaryModifier(string word) => MilitaryModifiers.Contains(word);

    // Counted nouns written differently from the unit a reader expects: "three nations" counts countries.
    private static readonly Dictionary<string, string> UnitSynonyms = new(Comparer)
    {
        ["nations"] = "countries", ["firms"] = "companies",
    };

    public static string CanonicalCountedUnit(string plural) => UnitSynonyms.TryGetValue(plural, out var unit) ? unit : plural;

    public static bool IsPopulationNoun(string word) => PopulationNouns.Contains(word);

    /// <summary>
    /// A singular word that names one member of a party, faction or nation ("Republican", "Democrat", "Socialist",
    /// "independent"): after "one" and before a verb it counts a person.
    /// </summary>
    public static bool IsSingularMemberWord(string word) =>
        SingularFactionWords.Contains(word)
        || (word.Length > 4 && char.IsUpper(word[0]) && !word.EndsWith("s", StringComparison.Ordinal)
            && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("crat", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)));

    // Adjectives that also name a member of a political camp.
    private static readonly HashSet<string> SingularFactionWords = new(Comparer)
    {
        "independent", "moderate", "conservative", "liberal", "progressive", "centrist", "loyalist", "nationalist", "unionist",
    };

    public static bool IsPopulationVerb(string word) => PopulationVerbs.Contains(word);

    /// <summary>"include", "included", "includes": a verb that hands a group over to the people it is made of ("the dead included").</summary>
    public static bool IsIncludeVerb(string word) => IncludeVerbs.Contains(word);

    private static readonly HashSet<string> IncludeVerbs = new(Comparer)
    {
        "include", "included", "includes",
    };

    /// <summary>Verbs whose object or subject is people ("35 were rescued", "arrested 12"): a bare count with them counts people.</summary>
    public static bool IsPeopleVerb(string word) => PeopleVerbs.Contains(word);

    private static readonly HashSet<string> PeopleVerbs = new(Comparer)
    {
        "rescued", "arrested", "detained", "charged", "convicted", "sentenced", "released", "freed", "abducted", "kidnapped",
        "infected", "vaccinated", "employed", "hired", "fired", "elected", "deported", "expelled", "jailed", "imprisoned",
        "hospitalised", "hospitalized", "treated", "saved", "captured", "executed", "recruited", "trapped", "stranded", "affected",
        "showed", "attended", "gathered", "marched", "protested", "rallied", "queued", "discharged",
        // Not verbs, but predicates only people take: "45 were aboard".
        "aboard", "onboard",
    };

    public static bool TryTimeUnit(string word, out string unit) =>
        TimeUnits.TryGetValue(word, out unit!) || TimeUnitAbbreviations.TryGetValue(word, out unit!);

    public static bool TryMeasureUnit(string word, out string unit) => MeasureUnits.TryGetValue(word, out unit!);

    /// <summary>True for a unit of length as <see cref="TryMeasureUnit"/> gives it ("km", "meters", "metres", "feet", "inches").</summary>
    public static bool IsLengthUnit(string unit) => unit is "km" or "m" or "meters" or "metres" or "miles" or "ft" or "feet" or "cm" or "mm" or "inches" or "yards";

    // Unit symbols whose capitals matter ("5 GW", "20 kWh"; "MB" is no "mb"): compared exactly, and read even when capitalised.
    private static readonly Dictionary<string, string> MeasureSymbols = new(StringComparer.Ordinal)
    {
        ["MW"] = "megawatts", ["GW"] = "gigawatts", ["kW"] = "kilowatts", ["KW"] = "kilowatts", ["kWh"] = "kWh", ["MWh"] = "MWh",
        ["GWh"] = "GWh", ["TWh"] = "TWh", ["Hz"] = "Hz", ["kHz"] = "kHz", ["MHz"] = "MHz", ["GHz"] = "GHz", ["KB"] = "KB", ["kB"] = "KB",
        ["MB"] = "MB", ["GB"] = "GB", ["TB"] = "TB", ["Mbps"] = "Mbps", ["Gbps"] = "Gbps", ["dB"] = "decibels", ["hPa"] = "hPa", ["mSv"] = "millisieverts",
        ["µm"] = "micrometers", ["kJ"] = "kilojoules", ["MJ"] = "megajoules", ["kV"] = "kilovolts",
    };

    /// <summary>A unit symbol written with its own capitals ("3 GW", "64 GB").</summary>
    public static bool TryMeasureSymbol(string word, out string unit) => MeasureSymbols.TryGetValue(word, out unit!);

    public static bool TryCurrencyWord(string word, out string unit) => CurrencyWords.TryGetValue(word, out unit!);

    /// <summary>"cents", "pence": a currency's hundredth part, with the currency it belongs to when the word alone names it.</summary>
    public static bool TrySubunitCurrency(string word, out string unit) => SubunitCurrencyWords.TryGetValue(word, out unit!);

    // Dollar cents are the common reading of a bare "cents"; the euro's are written "euro cents" or "euro-cents".
    private static readonly Dictionary<string, string> SubunitCurrencyWords = new(Comparer)
    {
        ["cents"] = "usd", ["euro-cents"] = "eur", ["pence"] = "gbp", ["kopecks"] = "rub", ["kopeks"] = "rub", ["paise"] = "inr", ["groszy"] = "pln",
    };

    /// <summary>A currency word that names money after a country adjective ("Brazilian reals", "Peruvian soles", "Swiss francs").</summary>
    public static bool TryCurrencyWordAfterCountry(string word) => CurrencyWords.ContainsKey(word) || CountryOnlyCurrencyWords.Contains(word);

    /// <summary>A currency code written before an amount ("USD 1 million"), case-sensitive so "rs" or "try" stay words.</summary>
    public static bool TryCurrencyCode(string word, out string unit) => CurrencyCodes.TryGetValue(word, out unit!);

    /// <summary>The currency of a word that glues its code to the digits ("USD15", "SEK9"); null for a label ("TVN24") or any other token.</summary>
    public static string? GluedCurrency(Token token) =>
        token.IsWord && NumberReader.GluedPrefix(token.Text) is { } code && TryGluedCode(code, out var currency) ? currency : null;

    /// <summary>
    /// The currency of a prefix NumberReader.GluedPrefix found: an ISO code or one of the short prefixes, which name money
    /// only when glued to digits ("R2,500", "Sh50 million"; a lone "R" or "N" is a letter).
    /// </summary>
    public static bool TryGluedCode(string code, out string currency) => TryCurrencyCode(code, out currency) || NumberReader.TryShortCurrencyPrefix(code, out currency);

    /// <summary>
    /// A currency code written after an amount ("1.5 million USD"); codes that also spell a word or a brand after a number
    /// ("two AMD chips", "five PEN drives") are left out.
    /// </summary>
    public static bool TryCurrencyCodeAfterAmount(string word, out string unit) =>
        TryCurrencyCode(word, out unit) && word is not ("Rs" or "AMD" or "MAD" or "PEN" or "GEL" or "RON" or "PHP" or "COP" or "BTC" or "ISK" or "BOB" or "TRY"
            or "BAM" or "NAD" or "ETH" or "LAK" or "MUR" or "NIO" or "SHP" or "ANG" or "CVE" or "ERN" or "SCR" or "STN" or "WST" or "MDL" or "MGA");

    public static bool TryEvent(string word, out EventSense sense) => Events.TryGetValue(word, out sense);

    public static bool IsLabelWord(string word) => LabelWords.Contains(word);

    public static bool IsMonth(string word) => Months.Contains(word);

    /// <summary>A calendar period a figure is counted or compared over: "year", "month", "quarter", "week".</summary>
    public static bool IsPeriodWord(Token token) => token.Is("year") || token.Is("month") || token.Is("quarter") || token.Is("week");

    /// <summary>A word placing a period relative to now: "last", "this", "next", "past" ("the past year").</summary>
    public static bool IsRelativePeriodWord(Token token) => token.Is("last") || token.Is("this") || token.Is("next") || token.Is("past");

    public static bool IsClockWord(string word) => ClockWords.Contains(word);

    public static string? CurrencyOfSign(string sign) => sign switch
    {
        "$" => "usd",
        "€" => "eur",
        "£" => "gbp",
        "¥" => "jpy",
        "₹" => "inr",
        "₽" => "rub",
        "₩" => "krw",
        "₱" => "php",
        "₺" => "try",
        "₴" => "uah",
        "₦" => "ngn",
        "₪" => "ils",
        "฿" => "thb",
        "₿" => "btc",
        "₫" => "vnd",
        "₸" => "kzt",
        "₾" => "gel",
        "₵" => "ghs",
        "₼" => "azn",
        "֏" => "amd",
        _ => null,
    };

    private static Dictionary<string, EventSense> BuildEvents()
    {
        var events = new Dictionary<string, EventSense>(Comparer);
        void Add(string label, QuantityCategory category, params string[] words)
        {
            foreach (var word in words)
            {
                events[word] = new EventSense(label, category);
            }
        }

        // Verbs are named by their lemma and take every regular form ("evacuate": evacuates, evacuated, evacuating). A verb
        // whose present spells a common noun ("massacre", "wound", "strand") adds only its past and -ing forms, so "a
        // massacre" or "two strands" stay nouns.
        void AddVerbs(string label, QuantityCategory category, bool withPresent, params string[] lemmas)
        {
            foreach (var lemma in lemmas)
            {
                foreach (var form in VerbInflection.Forms(lemma, withPresent))
                {
                    events[form] = new EventSense(label, category);
                }
            }
        }

        AddVerbs("killed", QuantityCategory.Casualties, true, "kill", "execute", "assassinate", "behead", "decapitate", "strangle", "lynch");
        AddVerbs("killed", QuantityCategory.Casualties, false, "murder", "massacre", "slaughter", "martyr");
        Add("killed", QuantityCategory.Casualties, "slain", "murders", "killings", "homicides");
        AddVerbs("dead", QuantityCategory.Casualties, true, "die", "perish", "drown", "suffocate", "electrocute");
        AddVerbs("dead", QuantityCategory.Casualties, false, "bury");
        Add("dead", QuantityCategory.Casualties, "dead", "deceased", "deaths", "death", "fatalities", "bodies", "lives", "life", "martyrdom", "shahadat");
        AddVerbs("wounded", QuantityCategory.Casualties, false, "wound");
        AddVerbs("injured", QuantityCategory.Casualties, true, "injure", "hospitalise", "hospitalize", "maim");
        Add("injured", QuantityCategory.Casualties, "injuries", "hurt", "stabbed");
        Add("missing", QuantityCategory.Casualties, "missing", "unaccounted");
        Add("casualties", QuantityCategory.Casualties, "casualties", "victims");
        AddVerbs("fled", QuantityCategory.Displacement, true, "flee");
        Add("fled", QuantityCategory.Displacement, "fled");
        AddVerbs("evacuated", QuantityCategory.Displacement, true, "evacuate");
        Add("evacuated", QuantityCategory.Displacement, "evacuees", "evacuation");
        AddVerbs("displaced", QuantityCategory.Displacement, true, "displace", "uproot");
        Add("refugees", QuantityCategory.Displacement, "refugees", "asylum");
        AddVerbs("sheltering", QuantityCategory.Displacement, false, "shelter");
        Add("sheltering", QuantityCategory.Displacement, "shelter", "refuge");
        Add("homeless", QuantityCategory.Displacement, "homeless");
        AddVerbs("relocated", QuantityCategory.Displacement, true, "relocate", "resettle");
        AddVerbs("stranded", QuantityCategory.Displacement, false, "strand");
        return events;
    }
}
