using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace FactsGenerator.PackageTests;

/// <summary>What a finished (or killed) dotnet command printed.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The lines the command wrote to standard output, without empty ones.</summary>
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();

    /// <summary>Everything needed to understand a failure, for assertion messages.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} " + (TimedOut ? "timed out and was killed" : "exited with " + ExitCode)
        + Environment.NewLine + "--- stdout ---" + Environment.NewLine + StandardOutput
        + Environment.NewLine + "--- stderr ---" + Environment.NewLine + StandardError;
}

/// <summary>
/// Runs the dotnet CLI as a child process with a time limit, capturing its output. Build servers are never
/// used, so no MSBuild node or compiler server outlives the command and holds its output open.
/// </summary>
public static class DotnetCommand
{
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(10);

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start.Environment, environment);

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
        }

        // The no-argument wait also drains the redirected streams; bounded in case a grandchild keeps them open.
        Task.Run(() => process.WaitForExit()).Wait(OutputDrainLimit);
        var commandLine = "dotnet " + string.Join(" ", arguments);
        return new CommandResult(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut, Read(output), Read(error));
    }

    /// <summary>The muxer that runs this test run when the CLI tells us, else the one on PATH.</summary>
    private static string DotnetExecutable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    /// <summary>
    /// Drops the MSBuild variables that `dotnet test` passes down to the test host (they would steer the child
    /// build into the parent's MSBuild), silences first-run output, and adds the caller's variables.
    /// </summary>
    private static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? extra)
    {
        foreach (var name in target.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            target.Remove(name);
        }

        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        target["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            target[name] = value;
        }
    }
}
