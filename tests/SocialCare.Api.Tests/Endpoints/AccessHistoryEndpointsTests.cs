using FluentResults;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NSubstitute;
using SocialCare.Api.Answers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Endpoints;
using SocialCare.Application.Abstractions;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>The access history's endpoints on their own: the admitted paging goes into the query, its result is the answer.</summary>
public class AccessHistoryEndpointsTests
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";
    private static readonly Guid Entry = Guid.Parse("0193a0b2-7c1e-7d4a-9b1e-3f5a6c7d8e9f");
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 15, 30, TimeSpan.Zero);

    private ISender _sender = null!;
    private ErrorAnswers _answers = null!;

    [SetUp]
    public void CreateSender()
    {
        _sender = Substitute.For<ISender>();
        _answers = new ErrorAnswers(new UserMessageCatalogue(Options.Create(new SocialCareOptions())), Options.Create(new SocialCareOptions()));
    }

    [Test]
    public async Task Json_asks_for_the_admitted_patient_viewer_and_paging_and_words_each_item()
    {
        var (edge, request) = Admit(EdgeRoute.HistoryApi(""), $"?before={Entry}&pageSize=5");
        var view = new AccessHistoryView(Patient, [new(Entry, At, "A carer", [ViewerRelationship.Carer], AuditSurface.Page, true)], Entry);
        _sender.Send(Arg.Any<GetAccessHistoryQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Ok(view));

        var answer = await AccessHistoryEndpoints.GetAccessHistoryAsync("patient-1", edge, request, _sender, _answers, CancellationToken.None);

        await _sender.Received(1).Send(
            Arg.Is<GetAccessHistoryQuery>(q => q.PatientId.Value == "patient-1" && q.ViewerId.Value == "viewer-1" && q.PageSize == 5 && q.Before == Entry),
            Arg.Any<CancellationToken>());
        var response = ((JsonAnswer<AccessHistoryResponse>)answer.Result).Value;
        Assert.That((response.PatientId, response.OlderBefore), Is.EqualTo(("patient-1", (Guid?)Entry)));
        Assert.That(response.Items, Is.EqualTo(new[]
        {
            new AccessHistoryItemResponse(Entry, At, "A carer", "Your carer", "The Social care page", true, "Information was shown"),
        }));
    }

    [Test]
    public async Task Denied_json_is_the_access_denied_problem_with_the_trace_id()
    {
        var (edge, request) = Admit(EdgeRoute.HistoryApi(""), "");
        _sender.Send(Arg.Any<GetAccessHistoryQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Fail<AccessHistoryView>(new AccessDeniedError()));

        var answer = await AccessHistoryEndpoints.GetAccessHistoryAsync("patient-1", edge, request, _sender, _answers, CancellationToken.None);

        var problem = ((ProblemAnswer)answer.Result).Problem;
        Assert.That((problem.Status, problem.Code, problem.TraceId), Is.EqualTo((403, "social-care.access-denied", TraceId)));
    }

    [Test]
    public async Task Page_asks_for_twenty_and_links_under_the_path_base_and_prefix()
    {
        var (edge, request) = Admit(EdgeRoute.HistoryPage("/social"), "", pathBase: "/pkb");
        _sender.Send(Arg.Any<GetAccessHistoryQuery>(), Arg.Any<CancellationToken>())
            .Returns(Result.Ok(new AccessHistoryView(Patient, [new(Entry, At, "You", [ViewerRelationship.Self], AuditSurface.Record, true)], Entry)));

        var answer = await AccessHistoryEndpoints.GetAccessHistoryPageAsync("patient-1", edge, request, _sender, _answers, CancellationToken.None);

        await _sender.Received(1).Send(Arg.Is<GetAccessHistoryQuery>(q => q.PageSize == 20 && q.Before == null), Arg.Any<CancellationToken>());
        var html = await answer.RenderAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.StatusCode, Is.EqualTo(200));
            Assert.That(html, Does.Contain("<a class=\"nhsuk-back-link\" href=\"/pkb/social/patients/patient-1/social-care\">"));
            Assert.That(html, Does.Contain($"href=\"/pkb/social/patients/patient-1/social-care/access-history?before={Entry}\">Show older entries</a>"));
            Assert.That(html, Does.Contain("href=\"/pkb/social/social-care-assets/"));
        }
    }

    [Test]
    public async Task Denied_page_is_the_access_denied_page()
    {
        var (edge, request) = Admit(EdgeRoute.HistoryPage(""), "");
        _sender.Send(Arg.Any<GetAccessHistoryQuery>(), Arg.Any<CancellationToken>()).Returns(Result.Fail<AccessHistoryView>(new AccessDeniedError()));

        var answer = await AccessHistoryEndpoints.GetAccessHistoryPageAsync("patient-1", edge, request, _sender, _answers, CancellationToken.None);

        Assert.That(answer.StatusCode, Is.EqualTo(403));
        Assert.That(await answer.RenderAsync(), Does.Contain("<title>You cannot see this social care information – Social care</title>"));
    }

    private static PatientId Patient => PatientId.Create("patient-1").Value;

    private static (EdgeRequest Edge, HttpRequest Request) Admit(EdgeRoute route, string query, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = pathBase;
        context.Request.Path = "/patients/patient-1/social-care/access-history";
        context.Request.QueryString = new QueryString(query);
        var edge = new EdgeRequest();
        edge.Begin(context, route, TraceId);
        edge.Admit(ViewerId.Create("viewer-1").Value);
        return (edge, context.Request);
    }
}
