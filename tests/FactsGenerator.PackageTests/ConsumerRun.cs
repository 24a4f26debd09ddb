using System;
using System.Collections.Generic;

namespace FactsGenerator.PackageTests;

/// <summary>The build of a consumer and, when it built, its run.</summary>
public sealed record ConsumerRun(CommandResult Build, CommandResult? Run)
{
    public bool Succeeded => Build.Succeeded && Run is { Succeeded: true };

    /// <summary>What the program printed (empty when it did not build).</summary>
    public IReadOnlyList<string> OutputLines => Run?.OutputLines ?? [];

    /// <summary>Both commands' output, for assertion messages.</summary>
    public string Describe() =>
        (Build.Succeeded ? "The consumer built." : "The consumer did not build.") + Environment.NewLine + Build.Describe()
        + (Run is null ? string.Empty : Environment.NewLine + Run.Describe());
}
