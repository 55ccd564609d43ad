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
/// The test server of <see cref="SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.ClientSummaryDialect"/>, for the tests only: <c>GET /api/clients</c> with the NHS
/// number in <see cref="NhsNumberHeader"/> (never in the path or query, which proxies log) finds clients,
/// <c>GET /api/clients/{ref}/summary</c> serves all five lists at once in snake_case with upper-case status codes,
/// and every request carries the key in <see cref="ApiKeyHeader"/>. It keeps seeded people as the kit's neutral
/// records, lists every seeded entry (one client ref seeded twice is listed twice), writes them in its dialect when
/// asked, and records the request targets it received and the bodies it served.
/// </summary>
public sealed class ClientSummaryServer : IAsyncDisposable
{
    public const string ApiKeyHeader = "X-Council-Key";

    public const string NhsNumberHeader = "X-Nhs-No";

    private const string BrokenDate = "31/02/2026";

    private readonly WebApplication _app;
    private readonly string _apiKey;
    private readonly ConcurrentQueue<ConformancePerson> _people = new();
    private readonly ConcurrentDictionary<string, ConformanceFaultKind> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _rawAnswers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _summaryRequests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requestTargets = new();
    private readonly ConcurrentQueue<ConformanceRequest> _requests = new();
    private readonly ConcurrentQueue<string> _servedBodies = new();

    private ClientSummaryServer(WebApplication app, string apiKey)
    {
        _app = app;
        _apiKey = apiKey;
        app.Use((context, next) =>
        {
            _requestTargets.Enqueue(context.Request.Path + context.Request.QueryString);
            _requests.Enqueue(new ConformanceRequest(context.Request.Method, context.Request.Path + context.Request.QueryString));
            return next(context);
        });
        app.MapGet("/api/clients", FindClientsAsync);
        app.MapGet("/api/clients/{clientRef}/summary", SummariseClientAsync);
    }

    public Uri BaseAddress => new(_app.Urls.Single());

    /// <summary>Starts a server on a free port of 127.0.0.1 that accepts <paramref name="apiKey"/>.</summary>
    public static async Task<ClientSummaryServer> StartAsync(string apiKey)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new ClientSummaryServer(builder.Build(), apiKey);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Seeds <paramref name="person"/>; seeding one client ref twice lists it twice.</summary>
    public void Add(ConformancePerson person) => _people.Enqueue(person);

    public void Fail(NhsNumber nhsNumber, ConformanceFaultKind kind) => _faults[nhsNumber.ToDigits()] = kind;

    /// <summary>
    /// Until the next reset, answers every authorised request about <paramref name="nhsNumber"/> with
    /// <paramref name="answer"/>, for the adapter's own tests of answers the kit does not name (a body cut short,
    /// one too large).
    /// </summary>
    public void AnswerWith(NhsNumber nhsNumber, Func<HttpContext, Task> answer) => _rawAnswers[nhsNumber.ToDigits()] = answer;

    /// <summary>How many summaries of <paramref name="clientRef"/> were asked for since the last reset.</summary>
    public int SummaryRequestsFor(string clientRef) => _summaryRequests.GetValueOrDefault(clientRef);

    /// <summary>The path and query of every request received since the last reset, oldest first.</summary>
    public IReadOnlyList<string> RequestTargets => [.. _requestTargets];

    /// <summary>Every request received since the last reset, method included.</summary>
    public IReadOnlyList<ConformanceRequest> Requests => [.. _requests];

    /// <summary>The body of every successful answer since the last reset, oldest first.</summary>
    public IReadOnlyList<string> ServedBodies => [.. _servedBodies];

    public void Reset()
    {
        _people.Clear();
        _faults.Clear();
        _rawAnswers.Clear();
        _summaryRequests.Clear();
        _requestTargets.Clear();
        _requests.Clear();
        _servedBodies.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Code(ConformanceWorkerRelationshipType type) => type switch
    {
        ConformanceWorkerRelationshipType.AllocatedWorker => "ALLOC",
        ConformanceWorkerRelationshipType.KeyWorker => "KEYW",
        ConformanceWorkerRelationshipType.SocialWorker => "SOCW",
        _ => "GPRAC",
    };

    private static string Code(ConformanceCarePackageStatus status) => status switch
    {
        ConformanceCarePackageStatus.Proposed => "PROP",
        ConformanceCarePackageStatus.Active => "ACTV",
        ConformanceCarePackageStatus.Ended => "ENDD",
        _ => "CANC",
    };

    private static string Code(ConformanceAssessmentStatus status) => status switch
    {
        ConformanceAssessmentStatus.Incoming => "INCM",
        ConformanceAssessmentStatus.InProgress => "PROG",
        ConformanceAssessmentStatus.Completed => "COMP",
        _ => "REOP",
    };

    private static string Code(ConformanceCaseNoteStatus status) => status switch
    {
        ConformanceCaseNoteStatus.Draft => "DRFT",
        ConformanceCaseNoteStatus.Complete => "COMP",
        ConformanceCaseNoteStatus.TimedOut => "TOUT",
        _ => "DELD",
    };

    private static string Code(CommunicationNeedCategory category) => category switch
    {
        CommunicationNeedCategory.ContactMethod => "CONTACT",
        CommunicationNeedCategory.InformationFormat => "FORMAT",
        CommunicationNeedCategory.CommunicationSupport => "SUPPORT",
        _ => "PROFESSIONAL",
    };

    private static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    // This dialect writes plain dates the British way and times as ISO 8601.
    private static string? Date(ConformanceDateTime? value) => value switch
    {
        null => null,
        { HasTime: false } => Date(value.Date),
        { Offset: null } => value.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToDateTimeOffset()!.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };

    private static JsonObject Write(ConformanceWorkerRelationship item) => new()
    {
        ["rel_id"] = item.Id,
        ["rel_type"] = Code(item.Type),
        ["worker_name"] = item.WorkerName,
        ["team_name"] = item.Team,
        ["phone"] = item.Telephone,
        ["from"] = Date(item.StartDate),
        ["to"] = Date(item.EndDate),
    };

    private static JsonObject Write(ConformanceCarePackage item) => new()
    {
        ["pkg_id"] = item.Id,
        ["pkg_status"] = Code(item.Status),
        ["service_name"] = item.Service,
        ["provider"] = item.Supplier,
        ["freq"] = item.Frequency?.ToString(),
        ["from"] = Date(item.StartDate),
        ["to"] = Date(item.EndDate),
    };

    private static JsonObject Write(ConformanceAssessment item) => new()
    {
        ["asmt_id"] = item.Id,
        ["asmt_name"] = item.Name,
        ["asmt_status"] = Code(item.Status),
        ["completed_at"] = Date(item.Completed),
        ["form_answers"] = new JsonObject { ["q1"] = item.Content, ["q2"] = new JsonArray(item.Content) },
    };

    private static JsonObject Write(ConformanceCaseNote item) => new()
    {
        ["note_id"] = item.Id,
        ["note_type"] = item.Type,
        ["note_status"] = Code(item.Status),
        ["completed_at"] = Date(item.Completed),
        ["effective_at"] = Date(item.Effective),
        ["note_title"] = item.Title,
        ["note_body"] = item.Text,
    };

    private static JsonObject Write(ConformanceCommunicationNeed item) => new()
    {
        ["need_id"] = item.Id,
        ["need_category"] = Code(item.Category),
        ["need_text"] = item.Description,
        ["recorded_on"] = Date(item.RecordedDate),
        ["ends_on"] = Date(item.EndDate),
    };

    // An item that would be shown were it not broken as the defect says, in this dialect's way.
    private static JsonObject WriteBroken(ConformanceUnreadableItem item)
    {
        var (broken, status, required, date) = item.List switch
        {
            ConformanceList.WorkerRelationships => (Write(new ConformanceWorkerRelationship(item.Id, ConformanceWorkerRelationshipType.SocialWorker, "Broken", null, null, new(2020, 1, 1), null)), (string?)null, "worker_name", "from"),
            ConformanceList.CarePackages => (Write(new ConformanceCarePackage(item.Id, ConformanceCarePackageStatus.Active, new(2020, 1, 1), null, null, null, null)), "pkg_status", "from", "from"),
            ConformanceList.Assessments => (Write(new ConformanceAssessment(item.Id, "Broken", ConformanceAssessmentStatus.Completed, ConformanceDateTime.OnDate(new(2024, 1, 1)), "-")), "asmt_status", "asmt_name", "completed_at"),
            ConformanceList.CaseNotes => (Write(new ConformanceCaseNote(item.Id, "Broken", ConformanceCaseNoteStatus.Complete, ConformanceDateTime.OnDate(new(2024, 1, 1)), ConformanceDateTime.OnDate(new(2024, 1, 1)), "-", "-")), "note_status", "completed_at", "effective_at"),
            _ => (Write(new ConformanceCommunicationNeed(item.Id, CommunicationNeedCategory.InformationFormat, "Broken", null, null)), "need_category", "need_text", "recorded_on"),
        };

        switch (item.Defect)
        {
            // A worker relationship has no status, and an unknown type is merely not shown: lose its name instead.
            case ConformanceDefect.UnknownStatus when status is null:
            case ConformanceDefect.MissingRequiredField:
                broken.Remove(required);
                break;
            case ConformanceDefect.UnknownStatus:
                broken[status!] = "ZZZZ";
                break;
            case ConformanceDefect.WrongType:
                broken[required] = 42;
                break;
            default:
                broken[date] = BrokenDate;
                break;
        }

        return broken;
    }

    private static JsonArray List<T>(IEnumerable<T> items, Func<T, JsonObject> write, IEnumerable<JsonObject> broken) =>
        [.. items.Select(write).Concat(broken)];

    private static JsonObject Summary(ConformancePerson person)
    {
        IEnumerable<JsonObject> Broken(ConformanceList list) =>
            person.UnreadableItems.Where(item => item.List == list).Select(WriteBroken);

        return new JsonObject
        {
            ["client_ref"] = person.Id,
            ["workers"] = List(person.WorkerRelationships, Write, Broken(ConformanceList.WorkerRelationships)),
            ["packages"] = List(person.CarePackages, Write, Broken(ConformanceList.CarePackages)),
            ["assessments"] = List(person.Assessments, Write, Broken(ConformanceList.Assessments)),
            ["case_notes"] = List(person.CaseNotes, Write, Broken(ConformanceList.CaseNotes)),
            ["comm_needs"] = List(person.CommunicationNeeds, Write, Broken(ConformanceList.CommunicationNeeds)),
        };
    }

    private async Task WriteJsonAsync(HttpContext context, string json)
    {
        _servedBodies.Enqueue(json);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    private async Task FindClientsAsync(HttpContext context)
    {
        var nhsNumber = context.Request.Headers[NhsNumberHeader].ToString();
        if (await FailedAsync(context, nhsNumber))
        {
            return;
        }

        if (nhsNumber.Length != 10 || nhsNumber.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Every seeded entry, in seeding order (stable), so one client ref seeded twice is listed twice.
        var results = new JsonArray([.. _people
            .Where(person => person.NhsNumber.ToDigits() == nhsNumber)
            .OrderBy(person => person.Id, StringComparer.Ordinal)
            .Select(person => new JsonObject
            {
                ["client_ref"] = person.Id,
                ["share_consent"] = person.Consent switch
                {
                    ConsentToShare.Given => "Y",
                    ConsentToShare.Withheld => "N",
                    _ => null,
                },
            })]);
        await WriteJsonAsync(context, new JsonObject { ["results"] = results }.ToJsonString());
    }

    private async Task SummariseClientAsync(HttpContext context)
    {
        var clientRef = (string)context.Request.RouteValues["clientRef"]!;
        _summaryRequests.AddOrUpdate(clientRef, 1, (_, count) => count + 1);
        if (_people.FirstOrDefault(seeded => seeded.Id == clientRef) is not { } person)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!await FailedAsync(context, person.NhsNumber.ToDigits()))
        {
            await WriteJsonAsync(context, Summary(person).ToJsonString());
        }
    }

    // Applies the key check and any fault for the NHS number; true when the request has been answered.
    private async Task<bool> FailedAsync(HttpContext context, string nhsNumber)
    {
        var fault = _faults.TryGetValue(nhsNumber, out var kind) ? kind : (ConformanceFaultKind?)null;
        if (context.Request.Headers[ApiKeyHeader] != _apiKey || fault == ConformanceFaultKind.RefusedCredentials)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return true;
        }

        if (_rawAnswers.TryGetValue(nhsNumber, out var answer))
        {
            await answer(context);
            return true;
        }

        switch (fault)
        {
            case ConformanceFaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return true;
            case ConformanceFaultKind.MalformedBody:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("""{ "results": [ { "client_ref": "CONF-""", context.RequestAborted);
                return true;
            case ConformanceFaultKind.Hang:
                // Until the client gives up, or the server stops and would otherwise wait for this request.
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
