using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Domain.Records;

namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// What one council's Mosaic says differently from another's: where to find a person, how to read the answer, where
/// each list and its next page are, and how to read one item of each list into the domain. Everything else is the
/// library's (<see cref="MosaicHttpGateway"/>): the council's <see cref="HttpClient"/> (credentials, certificate,
/// resilience, concurrency, <c>MaxResponseBytes</c> and <c>MaxLookupBytes</c>), the order (lookup, consent, then the
/// five lists at once), paging and its limits, the count of unreadable items, duplicate items, the closed
/// <see cref="SocialCare.Application.Abstractions.UnavailableReason"/>s, telemetry, deadlines and the health probe.
/// </summary>
/// <remarks>
/// <para>
/// The NHS number never reaches a dialect: <see cref="PersonSearch"/> names a path and a header, and the library sends
/// the number in that header only. A dialect therefore cannot put it in a path or a query string, where proxies and
/// server logs keep it. A vendor whose API wants it in the query is asked for a header (docs/adding-a-local-authority.md).
/// </para>
/// <para>
/// A reader that cannot read an envelope throws: <see cref="MosaicUnavailableException"/> with its reason, or any of
/// the reader's own errors (<c>JsonException</c>, <c>InvalidOperationException</c>, <c>FormatException</c>,
/// <c>OverflowException</c>, <c>ArgumentException</c>, <c>KeyNotFoundException</c>), which the library reads as
/// <c>MalformedResponse</c>. An item that cannot be read costs only itself: return
/// <see cref="MosaicItems.Unreadable{T}"/>, or let <see cref="MosaicPages.Read"/> catch the same errors for you.
/// Register a dialect with <c>services.AddSocialCareMosaicDialect&lt;T&gt;()</c> and select it for a council with
/// <c>SocialCare:LocalAuthorities:[n]:Dialect</c>. Implementations are stateless singletons shared by every lookup.
/// </para>
/// </remarks>
public abstract class MosaicDialect
{
    /// <summary>The name <c>SocialCare:LocalAuthorities:[n]:Dialect</c> gives (compared ignoring case).</summary>
    public abstract string Name { get; }

    /// <summary>Where to find a person, and the header the library puts the NHS number in. Checked at start-up.</summary>
    public abstract MosaicPersonSearch PersonSearch { get; }

    /// <summary>
    /// A relative path the health check GETs with the council's credentials (no NHS number), or null when this
    /// Mosaic has none: the check then says so and is healthy while the circuit is closed.
    /// </summary>
    public virtual Uri? StatusProbe => null;

    /// <summary>
    /// Every entry of the person search's answer, in order: one person may be listed more than once. The library
    /// decides found, several persons or not shared, and refuses an entry with no id (a malformed answer).
    /// </summary>
    public abstract IReadOnlyList<MosaicPersonMatch> ReadPersonSearch(ReadOnlySpan<byte> body);

    /// <summary>
    /// The relative URL of the first page of <paramref name="list"/>. <paramref name="personSegment"/> is the person's
    /// id, already escaped as one path segment. <paramref name="pageSize"/> is a hint: the library asks again in
    /// smaller pages when a page is larger than <c>MaxResponseBytes</c>; a dialect that cannot page ignores it.
    /// </summary>
    public abstract Uri FirstPage(MosaicList list, string personSegment, int pageSize);

    /// <summary>One page of the person's worker relationships: current allocated, key and social workers are shown.</summary>
    public abstract MosaicPage<SocialWorker> ReadSocialWorkers(ReadOnlySpan<byte> body, MosaicReadContext context);

    /// <summary>One page of care packages: active and ended ones are shown, proposed and cancelled ones hidden.</summary>
    public abstract MosaicPage<CarePackage> ReadCarePackages(ReadOnlySpan<byte> body, MosaicReadContext context);

    /// <summary>One page of assessments: completed ones are shown by name and date, never their contents.</summary>
    public abstract MosaicPage<AssessmentSummary> ReadAssessments(ReadOnlySpan<byte> body, MosaicReadContext context);

    /// <summary>One page of case notes: complete ones are shown by their dates, never their title or text.</summary>
    public abstract MosaicPage<CaseNoteMeta> ReadCaseNotes(ReadOnlySpan<byte> body, MosaicReadContext context);

    /// <summary>One page of communication needs: current ones are shown.</summary>
    public abstract MosaicPage<CommunicationNeed> ReadCommunicationNeeds(ReadOnlySpan<byte> body, MosaicReadContext context);
}
