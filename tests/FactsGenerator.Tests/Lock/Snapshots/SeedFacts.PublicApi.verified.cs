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
  Facts.All: IReadOnlyList<Fact> = 0 item(s)
  Facts.Find(string): Fact
Facts.Casualties: static class
  Facts.Casualties.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Conflicts: static class
  Facts.Conflicts.All: IReadOnlyList<Conflict> = 0 item(s)
Facts.Displacement: static class
  Facts.Displacement.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Durations: static class
  Facts.Durations.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Figures: static class
  Facts.Figures.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Military: static class
  Facts.Military.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Money: static class
  Facts.Money.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Organizations: static class
  Facts.Organizations.All: IReadOnlyList<Organization> = 0 item(s)
Facts.People: static class
  Facts.People.All: IReadOnlyList<Person> = 0 item(s)
Facts.Places: static class
  Facts.Places.All: IReadOnlyList<Place> = 0 item(s)
Facts.Population: static class
  Facts.Population.All: IReadOnlyList<Quantity> = 0 item(s)
Facts.Quotes: static class
  Facts.Quotes.All: IReadOnlyList<Quote> = 0 item(s)
Facts.Sources: static class
  Facts.Sources.All: IReadOnlyList<Source> = 1 item(s)
  Facts.Sources.NagornoKarabakhCeasefire: Source = nagorno-karabakh-ceasefire.txt: Armenian PM says ceasefire is holding in Nagorno-Karabakh as talks begin
Facts.Timeline: static class
  Facts.Timeline.All: IReadOnlyList<TimelineEvent> = 0 item(s)
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
