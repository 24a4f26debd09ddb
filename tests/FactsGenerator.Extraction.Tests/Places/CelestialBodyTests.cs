using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class CelestialBodyTests
{
    [Fact]
    public void TheMoonWhereALanderTouchesDownIsAPlace()
    {
        var names = Extract.PlaceNames(Extract.From("The Orrin lander touched down on the moon on Friday, the agency said."));
        Assert.Contains("moon", names);
    }

    [Fact]
    public void EarthWhereACrewReturnsIsAPlace()
    {
        var names = Extract.PlaceNames(Extract.From("Two astronauts returned safely to Earth on Sunday after six months in orbit."));
        Assert.Contains("Earth", names);
    }

    [Fact]
    public void TheMoonOutsideAStoryAboutSpaceIsAFigureOfSpeech()
    {
        var names = Extract.PlaceNames(Extract.From("The coach said the players were reaching for the moon after the win in Velmar."));
        Assert.DoesNotContain("moon", names);
        Assert.DoesNotContain("Moon", names);
    }

    [Fact]
    public void OverTheMoonIsNoPlace()
    {
        var names = Extract.PlaceNames(Extract.From("The rover crew were over the moon when the probe sent its first picture."));
        Assert.DoesNotContain("moon", names);
    }

    [Fact]
    public void EarthAsAMeasureOrInsideALongerNameIsNoPlace()
    {
        var names = Extract.PlaceNames(Extract.From("The spacecraft spent 40 Earth days in low Earth orbit before Earth Day, and the astronauts met Friends of the Earth."));
        Assert.DoesNotContain("Earth", names);
    }

    [Fact]
    public void LowerCaseEarthAndThisEarthAreNoPlace()
    {
        var names = Extract.PlaceNames(Extract.From("The astronaut said nothing on earth compares, and that we all share this Earth."));
        Assert.DoesNotContain("Earth", names);
        Assert.DoesNotContain("earth", names);
    }
}
