using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Diagnostics;

namespace SocialCare.Mosaic.Check;

/// <summary>
/// Checks that SocialCare can reach one council's Mosaic as configured (docs/adding-a-local-authority.md): binds and
/// validates the configuration, then runs <see cref="MosaicConnectivityCheck"/> and prints one line per step. It
/// prints neither the token nor any secret, and the test NHS number only masked.
/// </summary>
public static class MosaicCheckCommand
{
    private const string Usage = """
        Usage: dotnet run --project tools/Mosaic.Check -- --authority <GSS code> --nhs-number <test NHS number>
                 [--config <council.json>] [--SocialCare:<key>=<value> ...]
               dotnet run --project tools/Mosaic.Check -- --authority <GSS code> --configuration-only [--config ...]

        --configuration-only binds and validates the configuration (dialect included) and sends nothing.
        A council in a dialect (LocalAuthorities:[n]:Dialect) is checked through its dialect: its status probe (if
        it has one) and its lookup and lists.

        Configuration, later sources winning: the pilot's councils shipped in the library, the --config file,
        environment variables (SocialCare__LocalAuthorities__3__Auth__ClientSecret), then --SocialCare:... overrides.
        Exit codes: 0 every step worked, 1 a step failed, 2 bad arguments or configuration.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var (arguments, problem) = MosaicCheckArguments.Parse(args);
        if (arguments is null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return MosaicCheckExitCodes.BadUsage;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return MosaicCheckExitCodes.Succeeded;
        }

        var redactor = new Redactor();
        NhsNumber? testNumber = null;
        if (!arguments.ConfigurationOnly)
        {
            var nhsNumber = NhsNumber.Create(arguments.NhsNumber);
            redactor.Add(arguments.NhsNumber);
            if (!nhsNumber.IsValid)
            {
                await error.WriteLineAsync($"--nhs-number is not a valid NHS number ({nhsNumber.Problem}).").ConfigureAwait(false);
                return MosaicCheckExitCodes.BadUsage;
            }

            testNumber = nhsNumber.Value;
            redactor.Add(testNumber.ToDigits());
            redactor.Add(testNumber.ToFormattedString());
        }

        var (configuration, configurationProblem) = BuildConfiguration(arguments);
        if (configuration is null)
        {
            await error.WriteLineAsync(configurationProblem).ConfigureAwait(false);
            return MosaicCheckExitCodes.BadUsage;
        }

        AddSecrets(configuration, redactor);
        var provider = BuildServices(configuration, error, redactor);
        await using (provider.ConfigureAwait(false))
        {
            return await CheckAsync(provider, configuration, arguments.Authority!, testNumber, output, error, redactor, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> CheckAsync(
        ServiceProvider provider,
        IConfiguration configuration,
        string authorityCode,
        NhsNumber? nhsNumber,
        TextWriter output,
        TextWriter error,
        Redactor redactor,
        CancellationToken cancellationToken)
    {
        var failures = ValidationFailures(provider);
        if (failures.Count > 0)
        {
            await error.WriteLineAsync("The configuration is not valid:").ConfigureAwait(false);
            foreach (var failure in failures)
            {
                await error.WriteLineAsync("  " + redactor.Redact(failure)).ConfigureAwait(false);
            }

            return MosaicCheckExitCodes.BadUsage;
        }

        var entry = configuration.GetSection(SocialCareOptions.SectionName).GetSection("LocalAuthorities").GetChildren()
            .FirstOrDefault(e => string.Equals(e["Code"], authorityCode, StringComparison.OrdinalIgnoreCase));
        var authority = provider.GetRequiredService<IOptions<MosaicOptions>>().Value.Find(authorityCode);
        if (entry is null || authority is null)
        {
            var known = string.Join(", ", provider.GetRequiredService<IOptions<MosaicOptions>>().Value.LocalAuthorities.Select(a => a.Code));
            await error.WriteLineAsync(redactor.Redact(
                $"{authorityCode} is not under {SocialCareOptions.SectionName}:LocalAuthorities (configured: {known}); add an entry with its Code, or check the code.")).ConfigureAwait(false);
            return MosaicCheckExitCodes.BadUsage;
        }

        await output.WriteLineAsync(nhsNumber is null
            ? $"Mosaic configuration check: {authority.Code} (nothing is sent to the council)"
            : $"Mosaic connectivity check: {authority.Code}, test NHS number {nhsNumber}").ConfigureAwait(false);
        if (!authority.Enabled)
        {
            await output.WriteLineAsync($"! {entry.Path}:Enabled is false: checked as configured, but its BaseUrl and Auth are validated only once enabled.").ConfigureAwait(false);
        }

        MosaicConnectivityReport report;
        try
        {
            report = await provider.GetRequiredService<MosaicConnectivityCheck>()
                .RunAsync(authority.Code, nhsNumber, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync("✗ cancelled").ConfigureAwait(false);
            return MosaicCheckExitCodes.StepFailed;
        }
#pragma warning disable CA1031 // An engineer's tool: any failure (a certificate that will not load, say) is reported, not thrown.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await output.WriteLineAsync(redactor.Redact($"✗ the check stopped: {exception.GetType().Name}: {exception.Message}")).ConfigureAwait(false);
            return MosaicCheckExitCodes.StepFailed;
        }

        foreach (var step in report.Steps)
        {
            await output.WriteLineAsync(redactor.Redact(FormatStep(step))).ConfigureAwait(false);
        }

        if (report.Succeeded && nhsNumber is null)
        {
            await output.WriteLineAsync($"OK: {authority.Code}'s configuration is valid; run with --nhs-number to reach it.").ConfigureAwait(false);
            return MosaicCheckExitCodes.Succeeded;
        }

        if (report.Succeeded)
        {
            await output.WriteLineAsync($"OK: {authority.Code} answered every step.").ConfigureAwait(false);
            return MosaicCheckExitCodes.Succeeded;
        }

        var failed = report.Steps.First(s => !s.Succeeded);
        await output.WriteLineAsync($"FAILED at the {failed.Name} step.").ConfigureAwait(false);
        return failed.Name == "configuration" ? MosaicCheckExitCodes.BadUsage : MosaicCheckExitCodes.StepFailed;
    }

    /// <summary>One line: <c>✓ token           42 ms  A token was issued by https://…</c>.</summary>
    internal static string FormatStep(MosaicConnectivityStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var milliseconds = Math.Round(step.Elapsed.TotalMilliseconds).ToString("0", CultureInfo.InvariantCulture);
        return $"{(step.Succeeded ? "✓" : "✗")} {step.Name,-13} {milliseconds,6} ms  {step.Detail}";
    }

    private static (IConfiguration? Configuration, string? Problem) BuildConfiguration(MosaicCheckArguments arguments)
    {
        var builder = new ConfigurationBuilder().AddSocialCareNorthWestLondon();
        if (arguments.ConfigPath is { } configPath)
        {
            var full = Path.GetFullPath(configPath);
            if (!File.Exists(full))
            {
                return (null, $"--config: {full} does not exist.");
            }

            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables().AddInMemoryCollection(arguments.Overrides);
        try
        {
            return (builder.Build(), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or IOException)
        {
            // The parser's message names the file and the line, never a value.
            return (null, "The configuration cannot be read: " + exception.Message);
        }
    }

    private static ServiceProvider BuildServices(IConfiguration configuration, TextWriter error, Redactor redactor)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddProvider(new TextWriterLoggerProvider(error, redactor)));
        services.AddSocialCareApplication(configuration);
        services.AddSocialCareMosaic(configuration);

        // Every dialect in src, so that a council in any of them is checked by configuration alone.
        services.AddSocialCareMosaicClientSummaryDialect();
        services.AddSocialCareMosaicDataLinksDialect();

        // AddSocialCareMosaic registers the gateway only as IMosaicGateway, and not the check.
        services.TryAddSingleton<MosaicHttpGateway>();
        services.TryAddSingleton<MosaicConnectivityCheck>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Every failure of start-up validation (each names its key), or of binding a value that cannot be converted.</summary>
    private static List<string> ValidationFailures(ServiceProvider provider)
    {
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            _ = provider.GetRequiredService<IOptions<SocialCareOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<MosaicOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return [.. exception.Failures.Distinct()];
        }
        catch (AggregateException exception)
        {
            return [.. exception.InnerExceptions.SelectMany(e => e is OptionsValidationException v ? v.Failures : [e.Message]).Distinct()];
        }
        catch (InvalidOperationException exception)
        {
            // A value the binder cannot convert outside a list (SocialCare:Deadline, say): its message names the key
            // and repeats the value, which is redacted if it is a secret. Entries of lists are named by the validators.
            return [exception.Message];
        }
    }

    private static void AddSecrets(IConfiguration configuration, Redactor redactor)
    {
        foreach (var entry in configuration.GetSection(SocialCareOptions.SectionName).GetSection("LocalAuthorities").GetChildren())
        {
            var auth = entry.GetSection("Auth");
            redactor.Add(auth["ClientSecret"]);
            redactor.Add(auth["ApiKey"]);
            redactor.Add(auth.GetSection("Certificate")["Password"]);
        }
    }
}
