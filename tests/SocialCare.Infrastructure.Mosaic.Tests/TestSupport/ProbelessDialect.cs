using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>The standard contract under another name, with no status probe: a dialect that says it has none.</summary>
internal sealed class ProbelessDialect : MosaicDialect
{
    public const string DialectName = "probeless";

    private readonly StandardMosaicDialect _standard = new();
    private readonly string _name = DialectName;
    private readonly MosaicPersonSearch? _search;

    public ProbelessDialect()
    {
    }

    /// <summary>The same, under <paramref name="name"/>, finding people as <paramref name="search"/> says.</summary>
    internal ProbelessDialect(string name, MosaicPersonSearch? search = null)
    {
        _name = name;
        _search = search;
    }

    public override string Name => _name;

    public override MosaicPersonSearch PersonSearch => _search ?? _standard.PersonSearch;

    public override IReadOnlyList<MosaicPersonMatch> ReadPersonSearch(ReadOnlySpan<byte> body) => _standard.ReadPersonSearch(body);

    public override Uri FirstPage(MosaicList list, string personSegment, int pageSize) => _standard.FirstPage(list, personSegment, pageSize);

    public override MosaicPage<SocialWorker> ReadSocialWorkers(ReadOnlySpan<byte> body, MosaicReadContext context) => _standard.ReadSocialWorkers(body, context);

    public override MosaicPage<CarePackage> ReadCarePackages(ReadOnlySpan<byte> body, MosaicReadContext context) => _standard.ReadCarePackages(body, context);

    public override MosaicPage<AssessmentSummary> ReadAssessments(ReadOnlySpan<byte> body, MosaicReadContext context) => _standard.ReadAssessments(body, context);

    public override MosaicPage<CaseNoteMeta> ReadCaseNotes(ReadOnlySpan<byte> body, MosaicReadContext context) => _standard.ReadCaseNotes(body, context);

    public override MosaicPage<CommunicationNeed> ReadCommunicationNeeds(ReadOnlySpan<byte> body, MosaicReadContext context) => _standard.ReadCommunicationNeeds(body, context);
}
