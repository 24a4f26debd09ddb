namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Abbreviated titles of news style ("Gov.", "Lt. Col.") give the office written out.</summary>
public class RoleTitleAbbreviationTests
{
    [Theory]
    [InlineData("Gov. Rita Calloway signed the budget on Monday.", "Rita Calloway", "governor")]
    [InlineData("The bill was backed by Sen. Howard Pell and two others.", "Howard Pell", "senator")]
    [InlineData("Lt. Col. Dana Whitcombe led the convoy north.", "Dana Whitcombe", "lieutenant colonel")]
    [InlineData("The raid was planned by Maj. Gen. Oskar Brandt last spring.", "Oskar Brandt", "major general")]
    [InlineData("The driver was arrested, according to Det. Lena Crowe.", "Lena Crowe", "detective")]
    [InlineData("Det Ch Insp Owen Farrell appealed for witnesses on Friday.", "Owen Farrell", "detective chief inspector")]
    [InlineData("The inquiry was led by Ch Supt Mara Fenn of the county force.", "Mara Fenn", "chief superintendent")]
    public void AnAbbreviatedTitleIsWrittenOut(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
