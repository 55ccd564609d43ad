using FluentResults;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NSubstitute;
using SocialCare.Api.Answers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Endpoints;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Viewing.GetSocialCareTab;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>The JSON endpoints on their own: what the edge admitted goes into the query, and its result is the answer.</summary>
public class RecordEndpointsTests
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    private ISender _sender = null!;
    private UserMessageCatalogue _messages = null!;
    private ErrorAnswers _answers = null!;
    private EdgeRequest _edge = null!;

    [SetUp]
    public void Admit()
    {
        _sender = Substitute.For<ISender>();
        _messages = new UserMessageCatalogue(Options.Create(new SocialCareOptions()));
        _answers = new ErrorAnswers(_messages, Options.Create(new SocialCareOptions()));
        _edge = new EdgeRequest();
        _edge.Begin(new DefaultHttpContext(), EdgeRoute.Api(""), TraceId);
        _edge.Admit(ViewerId.Create("viewer-1").Value);
    }

    [Test]
    public async Task Record_asks_for_the_admitted_patient_as_the_admitted_viewer_and_answers_its_contract()
    {
        var view = new SocialCareView(PatientId.Create("patient-1").Value, Audience.Other, DateTimeOffset.UnixEpoch, [], []);
        _sender.Send(Arg.Any<GetSocialCareQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Ok(view));

        var answer = await RecordEndpoints.GetRecordAsync("patient-1", _edge, _sender, _messages, _answers, CancellationToken.None);

        await _sender.Received(1).Send(
            Arg.Is<GetSocialCareQuery>(q => q.PatientId.Value == "patient-1" && q.ViewerId.Value == "viewer-1"),
            Arg.Any<CancellationToken>());
        var response = ((JsonAnswer<SocialCareResponse>)answer.Result).Value;
        Assert.That((response.PatientId, response.RetrievedAt, response.Sources, response.Warnings), Is.EqualTo(("patient-1", DateTimeOffset.UnixEpoch, Array.Empty<SourceResponse>(), Array.Empty<WarningResponse>())));
    }

    [Test]
    public async Task Failed_record_is_the_problem_of_its_error_with_the_trace_id()
    {
        _sender.Send(Arg.Any<GetSocialCareQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Fail<SocialCareView>(new NotKnownError(Audience.Patient)));

        var answer = await RecordEndpoints.GetRecordAsync("patient-1", _edge, _sender, _messages, _answers, CancellationToken.None);

        var problem = ((ProblemAnswer)answer.Result).Problem;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Status, Is.EqualTo(404));
            Assert.That(problem.Code, Is.EqualTo("social-care.not-known"));
            Assert.That(problem.Type, Is.EqualTo("urn:social-care:problem:not-known"));
            Assert.That(problem.Detail, Is.EqualTo(_messages.Describe("social-care.not-known", Audience.Patient).Text));
            Assert.That(problem.TraceId, Is.EqualTo(TraceId));
        }
    }

    [Test]
    public async Task Hidden_tab_is_a_200_with_its_reason()
    {
        _sender.Send(Arg.Any<GetSocialCareTabQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Ok(SocialCareTab.HiddenBecause("social-care.not-in-pilot")));

        var answer = await RecordEndpoints.GetTabAsync("patient-1", _edge, _sender, _answers, CancellationToken.None);

        Assert.That(((JsonAnswer<SocialCareTabResponse>)answer.Result).Value, Is.EqualTo(new SocialCareTabResponse(false, "social-care.not-in-pilot")));
    }

    [Test]
    public async Task Query_that_fails_without_a_socialcare_error_is_a_bug()
    {
        _sender.Send(Arg.Any<GetSocialCareTabQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Fail<SocialCareTab>("something else"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => RecordEndpoints.GetTabAsync("patient-1", _edge, _sender, _answers, CancellationToken.None));
    }
}
