using FluentResults;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.EndToEnd;

/// <summary>
/// The use case with the real adapter: the library's mediator, its policies and fan-out, and
/// <see cref="MosaicHttpGateway"/> over loopback HTTP to the sandbox. Only the host's ports are stand-ins.
/// </summary>
public class GetSocialCareOverMosaicTests : SandboxFixture
{
    private IPatientDirectory _directory = null!;
    private ISocialCareAuditSink _audit = null!;

    [SetUp]
    public async Task ComposeTheUseCase()
    {
        _directory = Substitute.For<IPatientDirectory>();
        _audit = Substitute.For<ISocialCareAuditSink>();
        // Generous attempts and deadline, only bounds on a hang: these tests are about outcomes, not timing, and must
        // hold on a busy machine (a view once took over the 5 s deadline with CPU burners and other builds beside it).
        await RestartHostAsync(
            settings =>
            {
                settings["SocialCare:Deadline"] = "00:01:00";
                foreach (var authority in Boroughs.All)
                {
                    settings[GatewayHost.Key(authority, "AttemptTimeout")] = "00:00:20";
                }
            },
            compose: (services, _) => services.AddSingleton(_directory).AddSingleton(_audit));
    }

    [Test]
    public async Task Patient_with_data_at_one_council_and_another_down_sees_one_source_and_one_warning()
    {
        var result = await ViewAsync(SeedPeople.Partial, "E09000013", "E09000033");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value.Sources.Select(s => s.LocalAuthority.Code.Value), Is.EqualTo(new[] { "E09000013" }));
        Assert.That(result.Value.Warnings.Select(w => (w.Code, w.LocalAuthority.Code.Value)), Is.EqualTo(new[] { (SocialCareCodes.AuthorityUnavailableWarning, "E09000033") }));
    }

    [Test]
    public async Task Person_at_two_councils_sees_two_sources_ordered_by_council_name()
    {
        var result = await ViewAsync(SeedPeople.TwoAuthorities, "E09000005", "E09000009");

        Assert.That(result.Value.Sources.Select(s => s.LocalAuthority.Name), Is.EqualTo(new[] { "Brent", "Ealing" }));
        Assert.That(result.Value.Warnings, Is.Empty);
    }

    [Test]
    public async Task Unreadable_items_give_a_partial_record_warning()
    {
        var result = await ViewAsync(SeedPeople.Unreadable, "E09000013");

        Assert.That(result.Value.Warnings.Select(w => w.Code), Is.EqualTo(new[] { SocialCareCodes.PartialRecordWarning }));
    }

    [TestCase("9990000034", "E09000015", SocialCareCodes.NotShared)]
    [TestCase("9990000077", "E09000017", SocialCareCodes.RecordMismatch)]
    [TestCase("9990000026", "E09000009", SocialCareCodes.NotKnown)]
    [TestCase("9990000042", "E09000018", SocialCareCodes.Unavailable)]
    public async Task Patient_without_data_gets_the_outcome_of_their_councils_answer(string nhsNumber, string authority, string code)
    {
        var result = await ViewAsync(SeedPeople.Number(nhsNumber), authority);

        Assert.That(result.Errors.OfType<SocialCareError>().Select(e => e.Code), Is.EqualTo(new[] { code }));
    }

    [Test]
    public async Task Every_view_is_audited_with_the_councils_asked()
    {
        await ViewAsync(SeedPeople.Partial, "E09000013", "E09000033");

        await _audit.Received(1).WriteAsync(
            Arg.Is<SocialCareAuditEntry>(e => e.TrueOutcome == SocialCareCodes.Shown && e.AuthoritiesAsked.SequenceEqual(new[] { "E09000013", "E09000033" })),
            Arg.Any<CancellationToken>());
    }

    private async Task<Result<SocialCareView>> ViewAsync(NhsNumber nhsNumber, params string[] ownAuthorities)
    {
        var patient = PatientId.Create("demo-patient").Value;
        var viewer = ViewerId.Create("demo-patient").Value;
        _directory.FindAsync(patient, viewer, Arg.Any<CancellationToken>()).Returns(new PatientFacts(
            [new Grant(ViewerRelationship.Self, [])],
            [new PatientTeam("nwl-team", "north-west-london")],
            nhsNumber.ToDigits(),
            ownAuthorities));
        await using var scope = Host.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);
        return await sender.Send(new GetSocialCareQuery(patient, viewer));
    }
}
