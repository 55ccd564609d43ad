using System.Text.RegularExpressions;
using SocialCare.Domain.Patients;
using SocialCare.Mosaic.Conformance;
using SocialCare.Mosaic.DialectServers;

namespace SocialCare.Mosaic.Check.Tests;

/// <summary>
/// The tool against a council in a dialect (data-links, added by configuration alone: a new region and an entry
/// naming the dialect), and its configuration-only mode, which sends nothing.
/// </summary>
public sealed partial class DialectCouncilCheckTests
{
    private const string Council = "E09000007";
    private const string Entry = "SocialCare:LocalAuthorities:8";
    private const string TestNhsNumber = "9990000018";

    private DataLinksServer _server = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await DataLinksServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [SetUp]
    public void ResetServer() => _server.Reset();

    [Test]
    public async Task A_dialect_council_passes_token_its_own_status_probe_and_a_lookup_through_its_lists()
    {
        _server.Add(new ConformancePerson("DL-1", NhsNumber.Create(TestNhsNumber).Value, ConsentToShare.Given)
        {
            CaseNotes = [new("CN-1", "Visit", ConformanceCaseNoteStatus.Complete, ConformanceDateTime.OnDate(new(2026, 1, 2)), ConformanceDateTime.OnDate(new(2026, 1, 2)), "t", "x")],
        });

        var run = await RunAsync(["--authority", Council, "--nhs-number", TestNhsNumber, .. DialectCouncil()]);

        Assert.That(run.ExitCode, Is.EqualTo(MosaicCheckExitCodes.Succeeded), run.ToString());
        Assert.That(StepLine().Matches(run.Output).Select(m => m.Groups["step"].Value), Is.EqualTo(new[] { "✓ configuration", "✓ token", "✓ status", "✓ lookup" }), run.ToString());
        Assert.That(run.Output, Does.Contain("dialect data-links").And.Contain("1 case notes"));
        Assert.That(_server.Requests.Select(r => r.PathAndQuery), Has.Some.StartsWith("/api/v2/health").And.Some.StartsWith("/api/v2/people/DL-1/notes"));
        Assert.That(_server.Requests.Select(r => r.PathAndQuery), Has.None.Contains(TestNhsNumber));
    }

    [Test]
    public async Task Configuration_only_validates_the_dialect_council_and_sends_nothing()
    {
        var run = await RunAsync(["--authority", Council, "--configuration-only", .. DialectCouncil()]);

        Assert.That(run.ExitCode, Is.EqualTo(MosaicCheckExitCodes.Succeeded), run.ToString());
        Assert.That(StepLine().Matches(run.Output).Select(m => m.Groups["step"].Value), Is.EqualTo(new[] { "✓ configuration" }), run.ToString());
        Assert.That(run.Output, Does.Contain("nothing is sent").And.Contain("dialect data-links"));
        Assert.That(_server.Requests, Is.Empty);
    }

    [Test]
    public async Task Configuration_only_names_the_key_of_a_dialect_no_one_registered()
    {
        var run = await RunAsync(["--authority", Council, "--configuration-only", .. DialectCouncil(), $"--{Entry}:Dialect=nowhere"]);

        Assert.That(run.ExitCode, Is.EqualTo(MosaicCheckExitCodes.BadUsage), run.ToString());
        Assert.That(run.Error, Does.Contain($"{Entry}:Dialect names 'nowhere'"));
        Assert.That(_server.Requests, Is.Empty);
    }

    [Test]
    public async Task Configuration_only_refuses_an_nhs_number()
    {
        var run = await RunAsync(["--authority", Council, "--configuration-only", "--nhs-number", TestNhsNumber]);

        Assert.That(run.ExitCode, Is.EqualTo(MosaicCheckExitCodes.BadUsage));
        Assert.That(run.All, Does.Not.Contain(TestNhsNumber));
    }

    private static async Task<CheckRun> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var exitCode = await MosaicCheckCommand.RunAsync(args, output, error, timeout.Token);
        return new CheckRun(exitCode, output.ToString(), error.ToString());
    }

    // A ninth council after the shipped eight, in a region of its own, in the data-links dialect: configuration only.
    private string[] DialectCouncil() =>
    [
        "--SocialCare:Sandbox:Enabled=true",
        "--SocialCare:Deadline=00:00:25",
        "--SocialCare:Regions:1:Id=north-central-london",
        "--SocialCare:Regions:1:Name=North Central London",
        "--SocialCare:Regions:1:Enabled=true",
        $"--{Entry}:Code={Council}",
        $"--{Entry}:Name=Camden",
        $"--{Entry}:Region=north-central-london",
        $"--{Entry}:Enabled=true",
        $"--{Entry}:Dialect=data-links",
        $"--{Entry}:BaseUrl={_server.BaseAddress}",
        $"--{Entry}:AttemptTimeout=00:00:10",
        $"--{Entry}:Auth:Mode=ClientCredentials",
        $"--{Entry}:Auth:TokenUrl={_server.TokenUrl}",
        $"--{Entry}:Auth:ClientId={DataLinksServer.ClientId}",
        $"--{Entry}:Auth:ClientSecret={DataLinksServer.ClientSecret}",
    ];

    [GeneratedRegex(@"^(?<step>[✓✗] [a-z]+) ", RegexOptions.Multiline)]
    private static partial Regex StepLine();
}
