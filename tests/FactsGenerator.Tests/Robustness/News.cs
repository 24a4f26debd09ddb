namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// News-like sentences written for these tests (not taken from any corpus): numbers with qualifiers, people
/// with roles, places, organisations, quotations and dates, the material every extractor reads.
/// </summary>
internal static class News
{
    public const string Article =
        "Ferry capsizes off the northern coast\n\n"
        + "At least 23 passengers drowned on Tuesday when a ferry capsized near Port Alden, the coast guard said.\n\n"
        + "\u201CWe are still searching for survivors,\u201D said Maria Oyelaran, the regional governor. More than 1,200 people have been evacuated.\n";

    public static readonly string[] Sentences =
    {
        "At least 23 passengers drowned on Tuesday when a ferry capsized near Port Alden, the coast guard said.",
        "More than 1,200 residents were evacuated from low-lying districts of Marrow Bay overnight.",
        "\u201CWe are still searching for survivors,\u201D said Maria Oyelaran, the regional governor.",
        "The Ministry of Health reported 314 new cases of cholera in the past 24 hours.",
        "Prime Minister Tomas Verhaegen announced a budget of $4.5 billion for reconstruction.",
        "Rebels seized two towns in the eastern province of Kaldera after a 44-day offensive.",
        "About 70 percent of the capital was without power on Sunday evening.",
        "Police arrested 12 people after protests outside parliament in Velmora on 3 March 2021.",
        "The United Nations said nearly 40,000 refugees had crossed the border since January.",
        "Two soldiers were killed and five wounded when their convoy hit a mine, the army said.",
        "Foreign Minister Anja Lindqvist told reporters in Geneva that talks would resume on Friday.",
        "The earthquake, measured at magnitude 6.1, struck 30 kilometres south of Dunmore at 4:15 a.m.",
        "Between 36 and 40 miners remain trapped underground, according to the company.",
        "\u201CThis is the worst flooding in a generation,\u201D said Dr. Samuel Achebe of the Red Cross.",
        "The city of Orvieto has a population of roughly 21,000 people.",
        "Shares of Northwind Energy fell 8 percent after the company cut its forecast.",
        "The fire destroyed 150 homes and forced 3,000 people into shelters, officials said.",
        "Opposition leader Keira Mbeki won 52.4 percent of the vote in the runoff.",
        "Hundreds of firefighters battled the blaze for three days before it was contained.",
        "The storm, which made landfall on 14 August, caused damage estimated at \u20AC2 million.",
        "The court sentenced the former mayor to seven years in prison for fraud.",
        "In 1994 the dam burst, killing dozens of villagers in the valley below.",
        "NATO said 4,000 troops would join the exercise in the Baltic states next month.",
        "A spokesperson for the World Health Organization (WHO) said the outbreak was under control.",
        "The government of Sarovia declared a state of emergency lasting 30 days.",
        "Up to 500 flights were cancelled at Halden airport because of the strike.",
        "\u201CNobody expected the river to rise this fast,\u201D said one resident, who asked not to be named.",
        "The bridge, built in 1962, collapsed under the weight of a lorry on Wednesday morning.",
        "Fewer than 10 of the 85 schools in the district have reopened since the cyclone.",
        "U.S. President Dana Whitfield met Chancellor Otto Brandis in Berlin on Thursday.",
        "Some 2.3 million people live in the flood zone, the agency estimated.",
        "Mr. O'Neill, 67, was re-elected for a third term with 61% of the vote.",
    };
}
