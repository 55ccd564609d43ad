using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using SocialCare.Mosaic.Conformance;

namespace SocialCare.Mosaic.DialectServers;

/// <summary>
/// The test server of <see cref="SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.DataLinksDialect"/>: OAuth2
/// client credentials at <c>POST oauth2/token</c>, people at <c>GET api/v2/people</c> (NHS number in
/// <see cref="NhsNumberHeader"/>), lists under <c>api/v2/people/{id}/</c> in <c>{"data", "links": {"next"}}</c>
/// pages of <c>limit</c> items (the case notes' next link absolute, the others relative), date-times with offsets and
/// frequencies as <c>{"count", "per"}</c>. It keeps the kit's neutral people, writes them in this dialect when asked,
/// and records the requests it received and the bodies it served.
/// </summary>
public sealed class DataLinksServer : IAsyncDisposable
{
    public const string NhsNumberHeader = "X-Nhs-Number";
    public const string ClientId = "data-links-client";
    public const string ClientSecret = "data-links-secret";

    private const string Token = "data-links-token";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConformancePerson> _people = new();
    private readonly ConcurrentDictionary<string, ConformanceFaultKind> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _listRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConformanceRequest> _requests = new();
    private readonly ConcurrentQueue<string> _servedBodies = new();

    private DataLinksServer(WebApplication app)
    {
        _app = app;
        app.Use((context, next) =>
        {
            _requests.Enqueue(new ConformanceRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Path == "/oauth2/token"));
            return next(context);
        });
        app.MapPost("/oauth2/token", IssueTokenAsync);
        app.MapGet("/api/v2/health", () => Results.Ok());
        app.MapGet("/api/v2/people", FindPeopleAsync);
        app.MapGet("/api/v2/people/{id}/{list}", ListAsync);
    }

    public Uri BaseAddress => new(_app.Urls.Single() + "/");

    public Uri TokenUrl => new(BaseAddress, "oauth2/token");

    public static async Task<DataLinksServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new DataLinksServer(builder.Build());
        await server._app.StartAsync();
        return server;
    }

    public void Add(ConformancePerson person) => _people.Enqueue(person);

    public void Fail(NhsNumber nhsNumber, ConformanceFaultKind kind) => _faults[nhsNumber.ToDigits()] = kind;

    /// <summary>How many list pages of <paramref name="personId"/> were asked for since the last reset.</summary>
    public int ListRequestsFor(string personId) => _listRequests.GetValueOrDefault(personId);

    public IReadOnlyList<ConformanceRequest> Requests => [.. _requests];

    public IReadOnlyList<string> ServedBodies => [.. _servedBodies];

    public void Reset()
    {
        _people.Clear();
        _faults.Clear();
        _listRequests.Clear();
        _requests.Clear();
        _servedBodies.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Every date-time carries an offset: a plain date is midnight in London, a wall-clock time London's offset then.
    private static string? At(ConformanceDateTime? value) => value switch
    {
        null => null,
        { Offset: { } offset } => new DateTimeOffset(value.DateTime, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => new DateTimeOffset(value.DateTime, London.GetUtcOffset(value.DateTime)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };

    private static string? At(DateOnly? date) => date is { } day ? At(ConformanceDateTime.OnDate(day)) : null;

    private static JsonObject? Frequency(ConformanceFrequency? frequency) => frequency is null
        ? null
        : new JsonObject { ["count"] = frequency.Count, ["per"] = frequency.Per.ToString().ToLowerInvariant() };

    private static JsonObject Write(ConformanceWorkerRelationship item) => new()
    {
        ["id"] = item.Id,
        ["role"] = item.Type switch
        {
            ConformanceWorkerRelationshipType.AllocatedWorker => "allocated",
            ConformanceWorkerRelationshipType.KeyWorker => "key",
            ConformanceWorkerRelationshipType.SocialWorker => "social",
            _ => "gp",
        },
        ["name"] = item.WorkerName,
        ["team"] = item.Team,
        ["phone"] = item.Telephone,
        ["from"] = At(item.StartDate),
        ["until"] = At(item.EndDate),
    };

    private static JsonObject Write(ConformanceCarePackage item) => new()
    {
        ["id"] = item.Id,
        ["state"] = item.Status.ToString().ToLowerInvariant(),
        ["service"] = item.Service,
        ["provider"] = item.Supplier,
        ["frequency"] = Frequency(item.Frequency),
        ["from"] = At(item.StartDate),
        ["until"] = At(item.EndDate),
    };

    private static JsonObject Write(ConformanceAssessment item) => new()
    {
        ["id"] = item.Id,
        ["title"] = item.Name,
        ["stage"] = item.Status switch
        {
            ConformanceAssessmentStatus.Incoming => "incoming",
            ConformanceAssessmentStatus.InProgress => "in-progress",
            ConformanceAssessmentStatus.Completed => "completed",
            _ => "reopened",
        },
        ["completedAt"] = At(item.Completed),
        ["answers"] = new JsonArray(new JsonObject { ["question"] = "How are you?", ["answer"] = item.Content }),
    };

    private static JsonObject Write(ConformanceCaseNote item) => new()
    {
        ["id"] = item.Id,
        ["state"] = item.Status switch
        {
            ConformanceCaseNoteStatus.Draft => "draft",
            ConformanceCaseNoteStatus.Complete => "complete",
            ConformanceCaseNoteStatus.TimedOut => "timed-out",
            _ => "deleted",
        },
        ["completedAt"] = At(item.Completed),
        ["effectiveAt"] = At(item.Effective),
        ["subject"] = item.Title,
        ["body"] = item.Text,
    };

    private static JsonObject Write(ConformanceCommunicationNeed item) => new()
    {
        ["id"] = item.Id,
        ["kind"] = item.Category switch
        {
            CommunicationNeedCategory.ContactMethod => "contact-method",
            CommunicationNeedCategory.InformationFormat => "information-format",
            CommunicationNeedCategory.CommunicationSupport => "communication-support",
            _ => "communication-professional",
        },
        ["description"] = item.Description,
        ["recordedAt"] = At(item.RecordedDate),
        ["until"] = At(item.EndDate),
    };

    // An item that would be shown were it not broken as the defect says, in this dialect's way.
    private static JsonObject WriteBroken(ConformanceUnreadableItem item)
    {
        var day = new DateOnly(2024, 1, 1);
        var (broken, status, required, date) = item.List switch
        {
            ConformanceList.WorkerRelationships => (Write(new ConformanceWorkerRelationship(item.Id, ConformanceWorkerRelationshipType.SocialWorker, "Broken", null, null, day, null)), "role", "name", "from"),
            ConformanceList.CarePackages => (Write(new ConformanceCarePackage(item.Id, ConformanceCarePackageStatus.Active, day, null, null, null, null)), "state", "from", "from"),
            ConformanceList.Assessments => (Write(new ConformanceAssessment(item.Id, "Broken", ConformanceAssessmentStatus.Completed, ConformanceDateTime.OnDate(day), "-")), "stage", "title", "completedAt"),
            ConformanceList.CaseNotes => (Write(new ConformanceCaseNote(item.Id, "Broken", ConformanceCaseNoteStatus.Complete, ConformanceDateTime.OnDate(day), ConformanceDateTime.OnDate(day), "-", "-")), "state", "completedAt", "effectiveAt"),
            _ => (Write(new ConformanceCommunicationNeed(item.Id, CommunicationNeedCategory.InformationFormat, "Broken", null, null)), "kind", "description", "recordedAt"),
        };

        switch (item.Defect)
        {
            case ConformanceDefect.MissingRequiredField:
                broken.Remove(required);
                break;
            case ConformanceDefect.UnknownStatus:
                broken[status] = "zzz";
                break;
            case ConformanceDefect.WrongType:
                broken[required] = 42;
                break;
            default:
                // A date without its offset is not a date-time of this dialect.
                broken[date] = "2024-02-31T00:00:00+00:00";
                break;
        }

        return broken;
    }

    private static IEnumerable<JsonObject> Items(ConformancePerson person, string list)
    {
        IEnumerable<JsonObject> Broken(ConformanceList kind) => person.UnreadableItems.Where(item => item.List == kind).Select(WriteBroken);
        return list switch
        {
            "workers" => person.WorkerRelationships.Select(Write).Concat(Broken(ConformanceList.WorkerRelationships)),
            "services" => person.CarePackages.Select(Write).Concat(Broken(ConformanceList.CarePackages)),
            "assessments" => person.Assessments.Select(Write).Concat(Broken(ConformanceList.Assessments)),
            "notes" => person.CaseNotes.Select(Write).Concat(Broken(ConformanceList.CaseNotes)),
            "communication-needs" => person.CommunicationNeeds.Select(Write).Concat(Broken(ConformanceList.CommunicationNeeds)),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
        };
    }

    private async Task WriteJsonAsync(HttpContext context, JsonObject body)
    {
        var json = body.ToJsonString();
        _servedBodies.Enqueue(json);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    private async Task IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await context.Response.WriteAsJsonAsync(new { access_token = Token, token_type = "Bearer", expires_in = 3600 }, context.RequestAborted);
    }

    private async Task FindPeopleAsync(HttpContext context)
    {
        var nhsNumber = context.Request.Headers[NhsNumberHeader].ToString();
        if (await FailedAsync(context, nhsNumber))
        {
            return;
        }

        var data = new JsonArray([.. _people
            .Where(person => person.NhsNumber.ToDigits() == nhsNumber)
            .OrderBy(person => person.Id, StringComparer.Ordinal)
            .Select(person => new JsonObject
            {
                ["id"] = person.Id,
                ["sharing"] = person.Consent switch
                {
                    ConsentToShare.Given => "granted",
                    ConsentToShare.Withheld => "refused",
                    _ => null,
                },
            })]);
        await WriteJsonAsync(context, new JsonObject { ["data"] = data, ["links"] = new JsonObject { ["next"] = null } });
    }

    private async Task ListAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        var list = (string)context.Request.RouteValues["list"]!;
        _listRequests.AddOrUpdate(id, 1, (_, count) => count + 1);
        if (_people.FirstOrDefault(seeded => seeded.Id == id) is not { } person)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (await FailedAsync(context, person.NhsNumber.ToDigits()))
        {
            return;
        }

        var limit = int.TryParse(context.Request.Query["limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 100;
        var cursor = int.TryParse(context.Request.Query["cursor"], CultureInfo.InvariantCulture, out var c) ? c : 0;
        var items = Items(person, list).ToList();
        var page = new JsonArray([.. items.Skip(cursor).Take(limit)]);
        string? next = null;
        if (cursor + limit < items.Count)
        {
            var relative = string.Create(CultureInfo.InvariantCulture, $"api/v2/people/{Uri.EscapeDataString(id)}/{list}?limit={limit}&cursor={cursor + limit}");
            next = list == "notes" ? new Uri(BaseAddress, relative).AbsoluteUri : relative;
        }

        await WriteJsonAsync(context, new JsonObject { ["data"] = page, ["links"] = new JsonObject { ["next"] = next } });
    }

    // Applies the token check and any fault for the NHS number; true when the request has been answered.
    private async Task<bool> FailedAsync(HttpContext context, string nhsNumber)
    {
        var fault = _faults.TryGetValue(nhsNumber, out var kind) ? kind : (ConformanceFaultKind?)null;
        if (context.Request.Headers.Authorization != "Bearer " + Token || fault == ConformanceFaultKind.RefusedCredentials)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return true;
        }

        switch (fault)
        {
            case ConformanceFaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return true;
            case ConformanceFaultKind.MalformedBody:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("""{ "data": [ { "id": "CONF-""", context.RequestAborted);
                return true;
            case ConformanceFaultKind.Hang:
                using (var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping))
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return true;
            default:
                return false;
        }
    }
}
