// Public API of the SeedFacts package: every type, member path, type and value.
Conflict: class
  Conflict(string, IReadOnlyList<string>)
  Conflict.Facts: IReadOnlyList<Fact>
  Conflict.Members: IReadOnlyList<string>
  Conflict.Path: string
  Conflict.ToString(): string
Evidence: class
  Evidence(string, int, int, string, string)
  Evidence.Column: int
  Evidence.Document: string
  Evidence.Line: int
  Evidence.Sentence: string
  Evidence.Text: string
  Evidence.ToString(): string
Fact: class
  Fact(string, FactKind, string, decimal?, Qualifier?, Evidence)
  Fact(string, FactKind, string, decimal?, Qualifier?, Evidence, IReadOnlyList<Evidence>)
  Fact.Corroboration: int
  Fact.Evidence: Evidence
  Fact.Evidences: IReadOnlyList<Evidence>
  Fact.Kind: FactKind
  Fact.Path: string
  Fact.Qualifier: Qualifier?
  Fact.Summary: string
  Fact.ToString(): string
  Fact.Value: decimal?
FactKind: enum
  FactKind.Date: FactKind = 5
  FactKind.Organization: FactKind = 3
  FactKind.Person: FactKind = 1
  FactKind.Place: FactKind = 2
  FactKind.Quantity: FactKind = 0
  FactKind.Quote: FactKind = 4
Facts: static class
  Facts.All: IReadOnlyList<Fact> = 53 item(s)
  Facts.Find(string): Fact
Facts.Casualties: static class
  Facts.Casualties.All: IReadOnlyList<Quantity> = 2 item(s)
  Facts.Casualties.PeacekeepersKilled: int = 4
  Facts.Casualties.SeveralPeacekeepersKilled: Quantity = Casualties.SeveralPeacekeepersKilled = ? people
Facts.Conflicts: static class
  Facts.Conflicts.All: IReadOnlyList<Conflict> = 0 item(s)
Facts.Displacement: static class
  Facts.Displacement.All: IReadOnlyList<Quantity> = 2 item(s)
  Facts.Displacement.ResidentsSheltering: int = 5000
  Facts.Displacement.ThousandsResidentsSheltering: Quantity = Displacement.ThousandsResidentsSheltering = ? people
Facts.Durations: static class
  Facts.Durations.All: IReadOnlyList<Quantity> = 3 item(s)
  Facts.Durations.BlockadeDurationMonths: Quantity = Durations.BlockadeDurationMonths = ? months
  Facts.Durations.OffensiveDurationHours: int = 24
  Facts.Durations.WarDurationDays: int = 44
Facts.Figures: static class
  Facts.Figures.All: IReadOnlyList<Quantity> = 1 item(s)
  Facts.Figures.ProtestersGathered: Quantity = Figures.ProtestersGathered = ? people
Facts.Military: static class
  Facts.Military.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Money: static class
  Facts.Money.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Organizations: static class
  Facts.Organizations.All: IReadOnlyList<Organization> = 5 item(s)
  Facts.Organizations.EuropeanCouncil: Organization = European Council
  Facts.Organizations.Kremlin: Organization = Kremlin
  Facts.Organizations.RIA: Organization = RIA
  Facts.Organizations.RussiaSDefenceMinistry: Organization = Russia’s defence ministry
  Facts.Organizations.UNGeneralAssembly: Organization = UN general assembly
Facts.People: static class
  Facts.People.All: IReadOnlyList<Person> = 7 item(s)
  Facts.People.AraratMirzoyan: Person = Ararat Mirzoyan
  Facts.People.CharlesMichel: Person = Charles Michel
  Facts.People.ElchinAmirbekov: Person = Elchin Amirbekov
  Facts.People.IlhamAliyev: Person = Ilham Aliyev
  Facts.People.IvanKovgan: Person = Ivan Kovgan
  Facts.People.NikolPashinyan: Person = Nikol Pashinyan
  Facts.People.VladimirPutin: Person = Vladimir Putin
Facts.Places: static class
  Facts.Places.All: IReadOnlyList<Place> = 12 item(s)
  Facts.Places.Armenia: Place = Armenia
  Facts.Places.ArtsakhRepublic: Place = Artsakh republic
  Facts.Places.Askeran: Place = Askeran
  Facts.Places.Azerbaijan: Place = Azerbaijan
  Facts.Places.Baku: Place = Baku
  Facts.Places.Mardakert: Place = Mardakert
  Facts.Places.Martuni: Place = Martuni
  Facts.Places.NagornoKarabakh: Place = Nagorno-Karabakh
  Facts.Places.Russia: Place = Russia
  Facts.Places.Stepanakert: Place = Stepanakert
  Facts.Places.Yerevan: Place = Yerevan
  Facts.Places.Yevlakh: Place = Yevlakh
Facts.Population: static class
  Facts.Population.All: IReadOnlyList<Quantity> = 3 item(s)
  Facts.Population.RemainingResidents: Quantity = Population.RemainingResidents = ? people
  Facts.Population.Residents: Quantity = Population.Residents = ? people
  Facts.Population.Total: int = 120000
Facts.Quotes: static class
  Facts.Quotes.All: IReadOnlyList<Quote> = 7 item(s)
  Facts.Quotes.AraratMirzoyanOneHundredAndTwenty: Quote = Ararat Mirzoyan: “One hundred and twenty thousand people, including women, children and elderly people, are currently facing an existential threat to their lives as Azerbaijan tries to ethnically cleanse and deprive the people of Nagorno-Karabakh from their right to live in their homeland in security, freedom and dignity.”
  Facts.Quotes.CharlesMichelEnsureFullCeasefireAnd: Quote = Charles Michel: “ensure full ceasefire and safe, dignified treatment by Azerbaijan of Karabakh Armenians”
  Facts.Quotes.CharlesMichelTheirHumanRightsAnd: Quote = Charles Michel: “Their human rights and security need to be ensured. Access needed for immediate humanitarian assistance,”
  Facts.Quotes.ElchinAmirbekovDifficult: Quote = Elchin Amirbekov: “difficult”
  Facts.Quotes.IlhamAliyevForgottenThatTheyLive: Quote = Ilham Aliyev: “forgotten that they live in Azerbaijan”
  Facts.Quotes.IlhamAliyevWithAnIronFist: Quote = Ilham Aliyev: “with an iron fist”
  Facts.Quotes.NikolPashinyanFreeOfConflict: Quote = Nikol Pashinyan: “free of conflict”
Facts.Sources: static class
  Facts.Sources.All: IReadOnlyList<Source> = 1 item(s)
  Facts.Sources.NagornoKarabakhCeasefire: Source = nagorno-karabakh-ceasefire.txt: Armenian PM says ceasefire is holding in Nagorno-Karabakh as talks begin
Facts.Timeline: static class
  Facts.Timeline.All: IReadOnlyList<TimelineEvent> = 11 item(s)
  Facts.Timeline.In1994NagornoKarabakhAndSome: TimelineEvent = 1994: Nagorno-Karabakh and some surrounding territories have been under ethnic Armenian control since the end
  Facts.Timeline.In2020ButAzerbaijanRegainedThe: TimelineEvent = 2020: but Azerbaijan regained the territories and parts of Nagorno-Karabakh itself
  Facts.Timeline.In2020MoreThan5000: TimelineEvent = 2020: more than 5,000 residents have taken shelter at an airport near Stepanakert that has
  Facts.Timeline.In2020TheCountryWasDefeated: TimelineEvent = 2020: The country was defeated in a 44-day war with Azerbaijan and the prime minister
  Facts.Timeline.ThursdayAliyevApologisedInA: TimelineEvent = Thursday: Aliyev apologised in a phone call with Vladimir Putin for the death of Russian
  Facts.Timeline.ThursdayInASeparateAddress: TimelineEvent = Thursday: In a separate address to his nation to mark the country's independence day
  Facts.Timeline.ThursdayPashinyanSaidArmeniaWas: TimelineEvent = Thursday: Pashinyan said Armenia was prepared to accommodate refugees from Nagorno-Karabakh
  Facts.Timeline.ThursdayTalksEndedWithoutAny: TimelineEvent = Thursday: talks ended without any public statements or any sign of a breakthrough
  Facts.Timeline.WednesdayEveningThousandsOfProtestersHad: TimelineEvent = Wednesday evening: Thousands of protesters had gathered to denounce the Armenian government's perceived failure to protect
  Facts.Timeline.WednesdayRussiasDefenceMinistrySaid: TimelineEvent = Wednesday: Russia's defence ministry said several of its peacekeepers in Nagorno-Karabakh were killed when their
  Facts.Timeline.WednesdaySaidInANationally: TimelineEvent = Wednesday: said in a nationally televised speech that local Armenians from Karabakh had
Organization: class
  Organization(string, IReadOnlyList<string>, int, Evidence)
  Organization.Aliases: IReadOnlyList<string>
  Organization.Evidence: Evidence
  Organization.Mentions: int
  Organization.Name: string
  Organization.ToString(): string
Person: class
  Person(string, string, string, IReadOnlyList<string>, int, Evidence)
  Person.Affiliation: string
  Person.Aliases: IReadOnlyList<string>
  Person.Evidence: Evidence
  Person.Mentions: int
  Person.Name: string
  Person.Role: string
  Person.ToString(): string
Place: class
  Place(string, string, IReadOnlyList<string>, int, Evidence)
  Place.Aliases: IReadOnlyList<string>
  Place.Evidence: Evidence
  Place.Kind: string
  Place.Mentions: int
  Place.Name: string
  Place.ToString(): string
Qualifier: enum
  Qualifier.About: Qualifier = 3
  Qualifier.AtLeast: Qualifier = 2
  Qualifier.Exact: Qualifier = 0
  Qualifier.FewerThan: Qualifier = 5
  Qualifier.MoreThan: Qualifier = 1
  Qualifier.UpTo: Qualifier = 4
  Qualifier.Vague: Qualifier = 6
Quantity: class
  Quantity(string, decimal?, decimal?, Qualifier, string, string, string, Evidence)
  Quantity.About: string
  Quantity.Category: string
  Quantity.Evidence: Evidence
  Quantity.Path: string
  Quantity.Qualifier: Qualifier
  Quantity.ToString(): string
  Quantity.Unit: string
  Quantity.UpperValue: decimal?
  Quantity.Value: decimal?
Quote: class
  Quote(Speaker, string, Evidence)
  Quote.Evidence: Evidence
  Quote.Speaker: Speaker
  Quote.Text: string
  Quote.ToString(): string
Source: class
  Source(string, string, string, string, int, Func<IReadOnlyList<Fact>>)
  Source.Document: string
  Source.Facts: IReadOnlyList<Fact>
  Source.Name: string
  Source.Published: string
  Source.Title: string
  Source.ToString(): string
  Source.WordCount: int
Speaker: class
  Speaker(string, SpeakerKind)
  Speaker.Kind: SpeakerKind
  Speaker.Name: string
  Speaker.ToString(): string
SpeakerKind: enum
  SpeakerKind.None: SpeakerKind = 0
  SpeakerKind.Organization: SpeakerKind = 2
  SpeakerKind.Person: SpeakerKind = 1
TimelineEvent: class
  TimelineEvent(string, string, string, Evidence)
  TimelineEvent.Date: string
  TimelineEvent.Evidence: Evidence
  TimelineEvent.Text: string
  TimelineEvent.ToString(): string
  TimelineEvent.What: string
