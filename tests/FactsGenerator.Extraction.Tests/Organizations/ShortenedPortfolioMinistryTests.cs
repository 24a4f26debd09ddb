using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>Portfolios as the wires shorten them ("the farm ministry"), portfolios of two words ("the public works
/// ministry") and a ministry closed by an adverb ("at the land ministry shortly after") name the ministry.</summary>
public class ShortenedPortfolioMinistryTests
{
    [Theory]
    [InlineData("Reporters waited at the farm ministry on Monday for the minister.", "farm ministry")]
    [InlineData("Flood warnings were issued after the land ministry said two rivers had burst their banks.", "land ministry")]
    [InlineData("In Moscow the emergencies ministry said 14 people were rescued.", "emergencies ministry")]
    [InlineData("He was also put in charge of the public works ministry, a statement said.", "public works ministry")]
    [InlineData("Officials at the home affairs ministry have refused to comment.", "home affairs ministry")]
    [InlineData("Ruiz spoke to reporters at the farm ministry shortly after the vote.", "farm ministry")]
    [InlineData("A spokesman for the civil aviation ministry said the airport would reopen.", "civil aviation ministry")]
    [InlineData("The health ministry quickly denied the report.", "health ministry")]
    public void TheShortenedPortfolioNamesTheMinistry(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Theory]
    // A church's youth ministry is no government's.
    [InlineData("The youth ministry of the parish met on Sunday evening.")]
    // Before an office or a noun the portfolio names no body.
    [InlineData("A farm ministry official said the harvest was poor.")]
    [InlineData("The public works ministry building was evacuated on Monday.")]
    // Two words that are no portfolio together.
    [InlineData("The new works ministry said nothing.")]
    // A word in "-ly" that describes the noun after it: the ministry's product, no body.
    [InlineData("The energy ministry daily bulletin showed output falling for a third week.")]
    [InlineData("The farm ministry early warning system failed to detect the drought.")]
    // A church's ministry.
    [InlineData("The church's sports ministry held a tournament for local children.")]
    public void NoPortfolioOrAnOfficeNamesNoMinistry(string sentence) =>
        Assert.DoesNotContain(Extract.From(sentence).Organizations, body => body.Name.EndsWith("ministry", System.StringComparison.Ordinal));
}
