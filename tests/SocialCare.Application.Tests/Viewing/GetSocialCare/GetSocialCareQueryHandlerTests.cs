using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

public class GetSocialCareQueryHandlerTests : SocialCareHarnessFixture
{
    // Real time, only so that a broken test fails instead of hanging; the deadline itself runs on fake time.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Carer_with_social_care_label_sees_the_record()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));

        var result = await Harness.ViewAsync();

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(result.Value.Sources.Single().LocalAuthority, Is.EqualTo(Places.Hammersmith));
        Assert.That(result.Value.Audience, Is.EqualTo(Audience.Other));
        Assert.That(result.Value.PatientId, Is.EqualTo(People.Patient));
    }

    [Test]
    public async Task Carer_without_social_care_label_is_denied()
    {
        Harness.Knows(People.Facts([People.Carer(label: false)]));

        var result = await Harness.ViewAsync();

        Assert.That(Outcome.ErrorOf(result), Is.InstanceOf<AccessDeniedError>());
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Viewer_whose_id_equals_the_patients_is_denied_unless_the_directory_says_self()
    {
        var patient = PatientId.Create("same-person").Value;
        var viewer = ViewerId.Create("same-person").Value;
        Harness.Directory.FindAsync(patient, viewer, Arg.Any<CancellationToken>())
            .Returns(People.Facts([People.Carer(label: false)]));

        var result = await Harness.ViewAsync(patient, viewer);

        Assert.That(Outcome.CodeOf(result), Is.EqualTo("social-care.access-denied"));
        Harness.DidNotAskAnyMosaic();
    }

    [TestCase(ViewerRelationship.Unknown)]
    [TestCase((ViewerRelationship)99)]
    public async Task Relationship_outside_the_known_set_is_denied_even_with_the_label(ViewerRelationship relationship)
    {
        Harness.Knows(People.Facts([new Grant(relationship, [PrivacyLabel.SocialCare])]));

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.access-denied"));
        Harness.DidNotAskAnyMosaic();
    }

    [TestCase(Places.NorthWestLondon)]
    [TestCase(Places.SouthEast)]
    public async Task Unknown_patient_is_answered_exactly_like_a_patient_the_viewer_has_no_access_to(string region)
    {
        var catalogue = Harness.Services.GetRequiredService<UserMessageCatalogue>();
        Harness.Knows(null);
        var unknown = Outcome.ErrorOf(await Harness.ViewAsync());
        Harness.Knows(People.Facts([People.Carer(label: false)], region));
        var noAccess = Outcome.ErrorOf(await Harness.ViewAsync());

        Assert.That(unknown.GetType(), Is.EqualTo(noAccess.GetType()));
        Assert.That(unknown.Code, Is.EqualTo("social-care.access-denied").And.EqualTo(noAccess.Code));
        Assert.That(unknown.Audience, Is.EqualTo(noAccess.Audience));
        Assert.That(unknown.Message, Is.EqualTo(noAccess.Message));
        Assert.That(catalogue.Describe(unknown.Code, unknown.Audience), Is.EqualTo(catalogue.Describe(noAccess.Code, noAccess.Audience)));
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Gateway_is_asked_with_the_checked_nhs_number_and_a_token_that_can_be_cancelled()
    {
        Harness.Knows(People.Facts([People.Self], nhsNumber: People.FormattedNhsNumber));

        await Harness.ViewAsync();

        await Harness.Gateway(Places.Hammersmith).Received(1).LookupAsync(
            Places.Hammersmith,
            NhsNumber.Create(People.ValidNhsNumber).Value,
            Arg.Is<CancellationToken>(t => t.CanBeCanceled));
    }

    [Test]
    public async Task Every_view_asks_mosaic_again()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));

        await Harness.ViewAsync();
        await Harness.ViewAsync();

        await Harness.Gateway(Places.Hammersmith).ReceivedWithAnyArgs(2).LookupAsync(default!, default!, default);
        await Harness.Gateway(Places.Ealing).ReceivedWithAnyArgs(2).LookupAsync(default!, default!, default);
    }

    [Test]
    public async Task Authorities_are_asked_concurrently()
    {
        Harness.Knows(new PatientFacts(
            [People.Self],
            [new PatientTeam("team-nwl", Places.NorthWestLondon), new PatientTeam("team-mcr", Places.GreaterManchester)],
            People.ValidNhsNumber));
        var answers = new[] { Places.Hammersmith, Places.Ealing, Places.Manchester }
            .ToDictionary(a => a, _ => new TaskCompletionSource<MosaicLookup>(TaskCreationOptions.RunContinuationsAsynchronously));
        foreach (var (authority, answer) in answers)
        {
            Harness.Answers(authority, answer.Task);
        }

        var view = Harness.ViewAsync();

        // Every gateway has been called while none has answered.
        Assert.That(Harness.AuthoritiesAsked(), Is.EquivalentTo(answers.Keys.Select(a => a.Code.Value)));
        Assert.That(answers.Values.Select(a => a.Task.IsCompleted), Is.All.False);
        Assert.That(view.IsCompleted, Is.False);

        foreach (var (authority, answer) in answers)
        {
            answer.SetResult(Records.Found(authority));
        }

        var result = await view.WaitAsync(Hang);
        Assert.That(result.Value.Sources, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Authority_that_does_not_answer_before_the_deadline_is_unavailable_beside_the_others_data()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Answers(Places.Ealing, new TaskCompletionSource<MosaicLookup>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Assert.That(view.IsCompleted, Is.False, "answered before the deadline");
        Harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await view.WaitAsync(Hang);

        Assert.That(result.Value.Sources.Single().LocalAuthority, Is.EqualTo(Places.Hammersmith));
        Assert.That(result.Value.Warnings.Single().Code, Is.EqualTo("social-care.authority-unavailable"));
        Assert.That(result.Value.Warnings.Single().LocalAuthority, Is.EqualTo(Places.Ealing));
    }

    [Test]
    public async Task Deadline_comes_from_configuration()
    {
        Harness.Settings["SocialCare:Deadline"] = "00:00:00.500";
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.That(Outcome.CodeOf(await view.WaitAsync(Hang)), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task No_authority_answering_before_the_deadline_is_unavailable()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);
        Harness.Answers(Places.Ealing, new TaskCompletionSource<MosaicLookup>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.That(Outcome.CodeOf(await view.WaitAsync(Hang)), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Deadline_covers_the_directory_too()
    {
        Harness.Directory.FindAsync(default!, default!, default).ReturnsForAnyArgs(new TaskCompletionSource<PatientFacts?>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.That(Outcome.CodeOf(await view.WaitAsync(Hang)), Is.EqualTo("social-care.unavailable"));
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Directory_that_throws_gives_unavailable_and_asks_no_mosaic()
    {
        Harness.Directory.FindAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new TimeoutException("directory down"));

        var result = await Harness.ViewAsync();

        Assert.That(Outcome.CodeOf(result), Is.EqualTo("social-care.unavailable"));
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Directory_that_throws_before_returning_a_task_gives_unavailable()
    {
        Harness.Directory.FindAsync(default!, default!, default)
            .ReturnsForAnyArgs<Task<PatientFacts?>>(_ => throw new InvalidOperationException("bug in the host"));

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Caller_cancellation_is_honoured()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);
        using var caller = new CancellationTokenSource();

        var view = Harness.ViewAsync(caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => view.WaitAsync(Hang));
    }

    [Test]
    public async Task Gateway_that_throws_is_unavailable_without_costing_the_others_their_answer()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Gateway(Places.Ealing).LookupAsync(default!, default!, default)
            .ReturnsForAnyArgs<Task<MosaicLookup>>(_ => throw new InvalidOperationException("adapter bug"));

        var result = await Harness.ViewAsync();

        Assert.That(result.Value.Sources.Single().LocalAuthority, Is.EqualTo(Places.Hammersmith));
        Assert.That(result.Value.Warnings.Single().Code, Is.EqualTo("social-care.authority-unavailable"));
    }

    [Test]
    public async Task Gateway_whose_task_faults_is_unavailable()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Gateway(Places.Hammersmith).LookupAsync(default!, default!, default)
            .ThrowsAsyncForAnyArgs(new HttpRequestException("connection refused"));

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Gateway_cancelled_by_its_own_timeout_is_unavailable()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Gateway(Places.Hammersmith).LookupAsync(default!, default!, default)
            .ThrowsAsyncForAnyArgs(new TaskCanceledException("HttpClient.Timeout"));

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.unavailable"));
        Assert.That(Harness.Logs.GetSnapshot().Select(r => r.Id.Id), Does.Not.Contain(1103), "a timeout is not an adapter's bug");
        Assert.That(Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1102).Message, Does.Contain("(Timeout)"));
    }

    [Test]
    public async Task Authority_cut_short_by_the_deadline_is_logged_as_such()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3));
        await view.WaitAsync(Hang);

        Assert.That(Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1102).Message, Does.StartWith("Authority E09000013 unavailable (Deadline)"));
    }

    [Test]
    public async Task Directory_cut_short_is_a_warning_not_an_error()
    {
        Harness.Directory.FindAsync(default!, default!, default).ReturnsForAnyArgs(new TaskCompletionSource<PatientFacts?>().Task);

        var view = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3));
        await view.WaitAsync(Hang);

        var logged = Harness.Logs.GetSnapshot().Single(r => r.Category!.EndsWith("PatientAdmission", StringComparison.Ordinal));
        Assert.That(logged.Level, Is.EqualTo(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.That(logged.Message, Is.EqualTo("The patient directory had not answered when the deadline passed"));
    }

    [Test]
    public async Task Route_for_an_authority_matches_its_code_ignoring_case()
    {
        var lowercaseRoute = Substitute.For<IMosaicGateway>();
        lowercaseRoute.LookupAsync(default!, default!, default).ReturnsForAnyArgs(Records.Found(Places.Manchester));
        Harness.Gateways.Remove(Places.Manchester.Code.Value);
        Harness.Customise = services => services.AddSingleton(new MosaicGatewayRoute("e08000003", lowercaseRoute));
        Harness.Knows(People.Facts([People.Self], region: Places.GreaterManchester));

        var result = await Harness.ViewAsync();

        Assert.That(result.Value.Sources.Single().LocalAuthority, Is.EqualTo(Places.Manchester));
        await Harness.DefaultGateway.DidNotReceiveWithAnyArgs().LookupAsync(default!, default!, default);
    }
}
