using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Lists;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// This library's own contract (docs/mosaic-contract.md), the default dialect: <c>GET v1/persons</c> with the NHS
/// number in <see cref="MosaicHttpGateway.NhsNumberHeader"/>, the lists under <c>v1/persons/{id}/</c> paged by
/// <c>page</c> and <c>pageSize</c>, read by source-generated readers that count the items they cannot read.
/// </summary>
internal sealed class StandardMosaicDialect : MosaicDialect
{
    public const string DialectName = "standard";

    private static readonly MosaicPersonSearch Search = new(new Uri("v1/persons", UriKind.Relative), MosaicHttpGateway.NhsNumberHeader);
    private static readonly Uri Status = new("v1/status", UriKind.Relative);

    public override string Name => DialectName;

    public override MosaicPersonSearch PersonSearch => Search;

    public override Uri? StatusProbe => Status;

    public override IReadOnlyList<MosaicPersonMatch> ReadPersonSearch(ReadOnlySpan<byte> body)
    {
        var search = JsonSerializer.Deserialize(body, MosaicJsonContext.Default.PersonSearchDto);
        if (search?.Persons is not { } persons || persons.Any(p => p is null))
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        return persons.Select(p => new MosaicPersonMatch(
            p!.PersonId, string.Equals(p.ConsentToShareWithThirdParties, "given", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    public override Uri FirstPage(MosaicList list, string personSegment, int pageSize) =>
        PageUri($"v1/persons/{personSegment}/{Resource(list)}", page: 1, pageSize);

    public override MosaicPage<SocialWorker> ReadSocialWorkers(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Page(body, MosaicJsonContext.Default.MosaicPageDtoWorkerRelationshipDto, context, w => w.Id, w => StandardContractItems.Worker(w, context.Today));

    public override MosaicPage<CarePackage> ReadCarePackages(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Page(body, MosaicJsonContext.Default.MosaicPageDtoServiceAgreementDto, context, p => p.Id, StandardContractItems.CarePackage);

    public override MosaicPage<AssessmentSummary> ReadAssessments(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Page(body, MosaicJsonContext.Default.MosaicPageDtoAssessmentDto, context, a => a.Id, StandardContractItems.Assessment);

    public override MosaicPage<CaseNoteMeta> ReadCaseNotes(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Page(body, MosaicJsonContext.Default.MosaicPageDtoCaseNoteDto, context, n => n.Id, StandardContractItems.CaseNote);

    public override MosaicPage<CommunicationNeed> ReadCommunicationNeeds(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Page(body, MosaicJsonContext.Default.MosaicPageDtoCommunicationNeedDto, context, n => n.Id, n => StandardContractItems.Need(n, context.Today));

    private static string Resource(MosaicList list) => list switch
    {
        MosaicList.WorkerRelationships => "worker-relationships",
        MosaicList.CarePackages => "service-agreements",
        MosaicList.Assessments => "assessments",
        MosaicList.CaseNotes => "case-notes",
        MosaicList.CommunicationNeeds => "communication-needs",
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
    };

    /// <summary>
    /// Reads one page; <c>nextPage</c> must move forward from both the page asked for and the page the council says it
    /// sent, or the pages would loop (docs/mosaic-contract.md, "Paging").
    /// </summary>
    private static MosaicPage<TShown> Page<TItem, TShown>(
        ReadOnlySpan<byte> body,
        JsonTypeInfo<MosaicPageDto<TItem>> typeInfo,
        MosaicReadContext context,
        Func<TItem, string?> id,
        Func<TItem, Verdict<TShown>> judge)
        where TItem : class
        where TShown : class
    {
        var dto = JsonSerializer.Deserialize(body, typeInfo);
        if (dto?.Items is not { } items)
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        var (page, pageSize) = PageOf(context.Request);
        Uri? next = null;
        if (dto.NextPage is { } nextPage)
        {
            next = nextPage > Math.Max(page, dto.Page)
                ? new UriBuilder(context.Request) { Query = Query(nextPage, pageSize) }.Uri
                : throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        var shown = new List<MosaicItem<TShown>>(items.Items.Count);
        foreach (var item in items.Items)
        {
            var verdict = judge(item);
            shown.Add(verdict.IsUnreadable ? MosaicItems.Unreadable<TShown>(id(item))
                : verdict.Value is { } value ? MosaicItems.Show(id(item), value)
                : MosaicItems.Hide<TShown>(id(item)));
        }

        return new MosaicPage<TShown>(shown, next, items.Unreadable, dto.TotalItems);
    }

    private static Uri PageUri(string path, int page, int pageSize) => new($"{path}?{Query(page, pageSize)}", UriKind.Relative);

    private static string Query(int page, int pageSize) => string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize={pageSize}");

    /// <summary>The page and page size of a page request this dialect made (<see cref="PageUri"/>).</summary>
    private static (int Page, int PageSize) PageOf(Uri request)
    {
        var values = request.Query.TrimStart('?').Split('&').Select(pair => pair.Split('=')).Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return (values.GetValueOrDefault("page", 1), values.GetValueOrDefault("pageSize", ListReader.PageSize));
    }
}
