using System.Globalization;
using SocialCare.HostileMosaic;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>Councils that answer as <see cref="CleanCouncil"/> does, but for one answer.</summary>
internal static class Councils
{
    public static HostileAnswer Json(string json, int status = 200) => HostileAnswer.Http(status, RawJson.Bytes(json));

    /// <summary>The person search answered with <paramref name="answer"/>.</summary>
    public static Func<HostileRequest, HostileAnswer> Search(HostileAnswer answer) =>
        request => request.Path == "v1/persons" ? answer : CleanCouncil.Answer(request);

    public static Func<HostileRequest, HostileAnswer> Search(string json) => Search(Json(json));

    /// <summary>Every page of <paramref name="list"/> answered with <paramref name="answer"/>.</summary>
    public static Func<HostileRequest, HostileAnswer> List(string list, HostileAnswer answer) =>
        request => CleanCouncil.ListOf(request) == list ? answer : CleanCouncil.Answer(request);

    /// <summary><paramref name="list"/> answered page by page.</summary>
    public static Func<HostileRequest, HostileAnswer> Pages(string list, Func<int, HostileAnswer> page) =>
        request => CleanCouncil.ListOf(request) == list ? page(request.Page) : CleanCouncil.Answer(request);

    /// <summary>A page of <paramref name="list"/> holding <paramref name="items"/> (raw JSON, comma-separated).</summary>
    public static string Page(string items, int page = 1, string nextPage = "null", int totalItems = 1) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"items":[{{items}}],"page":{{page}},"pageSize":1000,"nextPage":{{nextPage}},"totalItems":{{totalItems}}}""");

    /// <summary>The clean item of <paramref name="list"/> with id <paramref name="id"/>.</summary>
    public static string Item(string list, string id) => RawJson.With(CleanCouncil.Items[list], "id", RawJson.Quote(id));
}
