using System.Collections.Concurrent;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;

namespace SocialCare.Testing;

/// <summary>
/// Every council's Mosaic, scripted: what each local authority answers (or every one, by default not found), and which
/// authorities were asked. It stands in for the library's own gateway, so the view's deadline, fan-out and warnings
/// are the library's.
/// </summary>
public sealed class ScriptedMosaicGateway : IMosaicGateway
{
    private readonly ConcurrentDictionary<string, Func<LocalAuthority, CancellationToken, Task<MosaicLookup>>> _byAuthority = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LocalAuthority> _asked = new();
    private readonly TimeProvider _time;
    private Func<LocalAuthority, CancellationToken, Task<MosaicLookup>> _default = Answer(new MosaicLookup.NotFound());

    /// <summary>A gateway whose <see cref="Slow"/> answers wait on <paramref name="time"/> (the harness's).</summary>
    /// <param name="time">The clock that slow answers wait on.</param>
    public ScriptedMosaicGateway(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>The authorities asked, in the order asked.</summary>
    public IReadOnlyList<LocalAuthority> Asked => [.. _asked];

    /// <summary>Answers <paramref name="lookup"/>, from <paramref name="authorityCode"/> or, when null, from every authority.</summary>
    /// <param name="lookup">The answer.</param>
    /// <param name="authorityCode">A GSS code, or null for every authority not scripted on its own.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway Answers(MosaicLookup lookup, string? authorityCode = null) => Script(Answer(lookup), authorityCode);

    /// <summary>Known and shared: a small synthetic record (one social worker, one care package, one assessment, one case note, one need).</summary>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway Found(string? authorityCode = null) =>
        Script((authority, _) => Task.FromResult<MosaicLookup>(new MosaicLookup.Found(SyntheticRecord(authority, _time.GetUtcNow()))), authorityCode);

    /// <summary>Known, but the person has not consented to sharing.</summary>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway NotShared(string? authorityCode = null) => Answers(new MosaicLookup.NotShared(), authorityCode);

    /// <summary>No person with the NHS number.</summary>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway NotFound(string? authorityCode = null) => Answers(new MosaicLookup.NotFound(), authorityCode);

    /// <summary>More than one person with the NHS number.</summary>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway SeveralPersons(string? authorityCode = null) => Answers(new MosaicLookup.SeveralPersons(), authorityCode);

    /// <summary>No usable answer, for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why, as the library's own gateway would say.</param>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway Unavailable(UnavailableReason reason, string? authorityCode = null) => Answers(new MosaicLookup.Unavailable(reason), authorityCode);

    /// <summary>
    /// Answers <paramref name="then"/> after <paramref name="delay"/> on the harness's clock, unless the view gives up
    /// first (its deadline). With a <c>FakeTimeProvider</c>, the test moves time on instead of waiting.
    /// </summary>
    /// <param name="delay">How long the council takes.</param>
    /// <param name="then">What it answers then.</param>
    /// <param name="authorityCode">A GSS code, or null for every authority.</param>
    /// <returns>This gateway.</returns>
    public ScriptedMosaicGateway Slow(TimeSpan delay, MosaicLookup then, string? authorityCode = null) =>
        Script(
            async (_, cancellationToken) =>
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                return then;
            },
            authorityCode);

    /// <inheritdoc />
    public Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        _asked.Enqueue(authority);
        var answer = _byAuthority.TryGetValue(authority.Code.Value, out var scripted) ? scripted : _default;
        return answer(authority, cancellationToken);
    }

    private ScriptedMosaicGateway Script(Func<LocalAuthority, CancellationToken, Task<MosaicLookup>> answer, string? authorityCode)
    {
        if (authorityCode is null)
        {
            _default = answer;
        }
        else
        {
            _byAuthority[authorityCode] = answer;
        }

        return this;
    }

    private static Func<LocalAuthority, CancellationToken, Task<MosaicLookup>> Answer(MosaicLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return (_, _) => Task.FromResult(lookup);
    }

    private static SocialCareRecord SyntheticRecord(LocalAuthority authority, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new SocialCareRecord(
            authority,
            now,
            [new SocialWorker("Sam Synthetic", "Test Team", "020 7946 0000", WorkerRelationship.AllocatedWorker)],
            [new CarePackage(today.AddMonths(-6), null, "Synthetic Care Ltd", "3 visits a week", "Home care")],
            [new AssessmentSummary("Care Act assessment", today.AddMonths(-7))],
            [new CaseNoteMeta(today.AddMonths(-1), today.AddMonths(-1))],
            [new CommunicationNeed(CommunicationNeedCategory.ContactMethod, "Telephone", today.AddMonths(-2))]);
    }
}
