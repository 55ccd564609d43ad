using System.Diagnostics;
using NUnit.Framework;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// The behaviour every <see cref="IMosaicGateway"/> must share, whatever its Mosaic's dialect: derive a
/// <c>[TestFixture]</c> from this class, start your test server in a <c>[OneTimeSetUp]</c>, and implement the seams
/// so that each scenario can seed people and faults into that server in your dialect. Every test then looks a person
/// up through your adapter and expects exactly the <see cref="MosaicLookup"/> our own adapter gives.
/// </summary>
/// <remarks>
/// Each scenario runs <see cref="ResetAsync"/>, then seeds, then calls <see cref="CreateGateway"/> once and asks it
/// once. Dates are relative to today in Europe/London by <see cref="Clock"/>, so current and ended items stay so.
/// </remarks>
public abstract class MosaicGatewayConformanceTests
{
    private const int LongListLength = 2_500;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private ConformanceScenarios _scenarios = new(DateOnly.MinValue, "unset", frequency => frequency.ToString());
    private DateTimeOffset _lookupStarted;
    private DateTimeOffset _lookupEnded;

    /// <summary>The authority every scenario seeds and looks up; Hammersmith and Fulham unless overridden.</summary>
    protected virtual LocalAuthority Authority { get; } = new(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "london");

    /// <summary>The clock that decides "today"; override it when your adapter under test reads a fake one.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>How long a scenario that should answer may take, retries and back-off included.</summary>
    protected virtual TimeSpan ScenarioTimeout => TimeSpan.FromSeconds(30);

    /// <summary>How long the hang scenario waits before cancelling the token.</summary>
    protected virtual TimeSpan HangCancelledAfter => TimeSpan.FromMilliseconds(500);

    /// <summary>How soon after its token is cancelled the adapter must have finished.</summary>
    protected virtual TimeSpan CancellationGrace => TimeSpan.FromSeconds(5);

    [SetUp]
    public async Task ResetBeforeEachScenarioAsync()
    {
        await ResetAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), London).DateTime);
        _scenarios = new ConformanceScenarios(today, $"NEVER-READ-{Guid.NewGuid():N}", FrequencyShown);
    }

    [Test]
    public async Task Unknown_NHS_number_is_not_found()
    {
        await SeedPersonAsync(Authority, _scenarios.OneOfEach("CONF-OTHER", TestNhsNumbers.For(1)));

        var lookup = await LookUpAsync(TestNhsNumbers.For(2));

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.NotFound()), Describe(lookup));
    }

    [TestCase(ConsentToShare.Withheld)]
    [TestCase(ConsentToShare.NotRecorded)]
    public async Task Consent_not_given_is_not_shared_and_nothing_more_is_fetched(ConsentToShare consent)
    {
        var person = _scenarios.FullRecord("CONF-PRIVATE", TestNhsNumbers.For(3), consent);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.NotShared()), Describe(lookup));
        AssertNoRecordRequests(person);
    }

    [Test]
    public async Task Two_persons_with_one_NHS_number_are_several_persons()
    {
        var first = _scenarios.FullRecord("CONF-TWIN-1", TestNhsNumbers.For(4), ConsentToShare.Given);
        var second = _scenarios.OneOfEach("CONF-TWIN-2", first.NhsNumber);
        await SeedPersonAsync(Authority, first);
        await SeedPersonAsync(Authority, second);

        var lookup = await LookUpAsync(first.NhsNumber);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.SeveralPersons()), Describe(lookup));
        AssertNoRecordRequests(first);
        AssertNoRecordRequests(second);
    }

    /// <remarks>
    /// Mosaic may list one person id more than once (a person in two teams, say). Spec §1 step 8: the person is shared
    /// only when every entry for their id says consent given; one entry that withholds, or records nothing, is enough
    /// to share nothing, whichever entry comes first.
    /// </remarks>
    [TestCase(ConsentToShare.Withheld, false)]
    [TestCase(ConsentToShare.Withheld, true)]
    [TestCase(ConsentToShare.NotRecorded, false)]
    [TestCase(ConsentToShare.NotRecorded, true)]
    public async Task Same_person_listed_twice_with_conflicting_consent_is_not_shared(ConsentToShare other, bool otherFirst)
    {
        var given = _scenarios.FullRecord("CONF-CONFLICT", TestNhsNumbers.For(14), ConsentToShare.Given);
        var conflicting = given with { Consent = other };
        await SeedPersonAsync(Authority, otherFirst ? conflicting : given);
        await SeedPersonAsync(Authority, otherFirst ? given : conflicting);

        var lookup = await LookUpAsync(given.NhsNumber);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.NotShared()), Describe(lookup));
        AssertNoRecordRequests(given);
    }

    [Test]
    public async Task Same_person_listed_twice_with_consent_given_both_times_is_one_person_found()
    {
        var person = _scenarios.OneOfEach("CONF-LISTED-TWICE", TestNhsNumbers.For(15));
        await SeedPersonAsync(Authority, person);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, _scenarios.OneOfEachShown(), unreadableItems: 0);
    }

    [Test]
    public async Task Full_record_shows_exactly_the_current_completed_and_active_items_with_every_field()
    {
        var person = _scenarios.FullRecord("CONF-FULL", TestNhsNumbers.For(5), ConsentToShare.Given);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, _scenarios.FullRecordShown(), unreadableItems: 0);
        if (CountRecordRequests(Authority, person) is { } requests)
        {
            Assert.That(requests, Is.GreaterThan(0), "the request counter saw no request for a shared record, so its zero elsewhere proves nothing");
        }
    }

    [Test]
    public async Task Adapter_only_reads_and_keeps_the_NHS_number_out_of_paths_and_queries()
    {
        var person = _scenarios.FullRecord("CONF-READS", TestNhsNumbers.For(5), ConsentToShare.Given);
        await SeedPersonAsync(Authority, person);

        await LookUpAsync(person.NhsNumber);

        var requests = RequestsReceived();
        var digits = person.NhsNumber.ToDigits();
        Assert.That(requests, Is.Not.Empty, "a recorder that saw nothing proves nothing");
        Assert.That(requests.Where(r => !r.IsCredentials).Select(r => r.Method).Distinct(), Is.EqualTo(new[] { "GET" }));
        Assert.That(
            requests.Select(r => Uri.UnescapeDataString(r.PathAndQuery).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)),
            Has.None.Contains(digits));
    }

    [Test]
    public async Task Person_with_nothing_to_show_is_found_with_an_empty_record()
    {
        var person = new ConformancePerson("CONF-EMPTY", TestNhsNumbers.For(6), ConsentToShare.Given);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, ExpectedRecord.Empty, unreadableItems: 0);
    }

    [Test]
    public async Task Dates_with_offsets_are_converted_to_London_before_taking_the_date()
    {
        var person = _scenarios.DatesWithOffsets("CONF-DATES", TestNhsNumbers.For(7));
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, ConformanceScenarios.DatesWithOffsetsShown(), unreadableItems: 0);
    }

    [Test]
    public async Task Unreadable_items_are_dropped_and_counted_and_the_rest_are_shown()
    {
        var person = _scenarios.WithUnreadableItems("CONF-BROKEN", TestNhsNumbers.For(8));
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, _scenarios.OneOfEachShown(), unreadableItems: person.UnreadableItems.Count);
    }

    [Test]
    public async Task An_item_listed_twice_is_shown_once()
    {
        var person = _scenarios.WithDuplicates("CONF-TWICE", TestNhsNumbers.For(9));
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, _scenarios.OneOfEachShown(), unreadableItems: 0);
    }

    [Test]
    public async Task Assessment_contents_and_case_note_titles_and_text_never_reach_the_answer()
    {
        var person = _scenarios.FullRecord("CONF-SENTINEL", TestNhsNumbers.For(10), ConsentToShare.Given);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        Assert.That(lookup, Is.TypeOf<MosaicLookup.Found>(), Describe(lookup));
        Assert.That(SentinelSearch.FindIn(lookup, _scenarios.Sentinel), Is.Empty, "where a sentinel from contents, titles or text was found");
        if (ServedBodies() is { } served)
        {
            // Their absence from the answer means something only if the server did serve them.
            var sentinels = person.Assessments.Select(assessment => assessment.Content)
                .Concat(person.CaseNotes.SelectMany(note => new[] { note.Title, note.Text }));
            Assert.That(
                sentinels.Where(sentinel => !served.Any(body => body.Contains(sentinel, StringComparison.Ordinal))),
                Is.Empty,
                "sentinels the server never served, so their absence from the answer proves nothing");
        }
        else
        {
            TestContext.Out.WriteLine("ServedBodies is not implemented: that the sentinels were served is not checked.");
        }
    }

    [Test]
    public async Task Long_list_is_read_in_full()
    {
        var person = _scenarios.WithManyCaseNotes("CONF-LONG", TestNhsNumbers.For(11), LongListLength);
        await SeedPersonAsync(Authority, person);

        var lookup = await LookUpAsync(person.NhsNumber);

        AssertFound(lookup, _scenarios.ManyCaseNotesShown(LongListLength), unreadableItems: 0);
    }

    [TestCase(ConformanceFaultKind.ServerError, UnavailableReason.ServerError)]
    [TestCase(ConformanceFaultKind.MalformedBody, UnavailableReason.MalformedResponse)]
    [TestCase(ConformanceFaultKind.RefusedCredentials, UnavailableReason.BadCredentials)]
    public async Task Failure_is_unavailable_with_its_reason(ConformanceFaultKind fault, UnavailableReason reason)
    {
        var person = await SeedFaultyPersonAsync(fault, TestNhsNumbers.For(12));

        var lookup = await LookUpAsync(person.NhsNumber);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(reason)), Describe(lookup));
    }

    /// <remarks>
    /// A hanging server is the caller's deadline to enforce: once the token is cancelled the adapter must finish
    /// within <see cref="CancellationGrace"/>, either by throwing <see cref="OperationCanceledException"/> (preferred:
    /// the library then reports the deadline or the caller's cancellation) or by answering
    /// <see cref="MosaicLookup.Unavailable"/> with any reason (its own attempt timeout fired first). Any other
    /// exception, or still running, fails.
    /// </remarks>
    [Test]
    public async Task Hanging_server_is_abandoned_promptly_when_the_token_is_cancelled()
    {
        var person = await SeedFaultyPersonAsync(ConformanceFaultKind.Hang, TestNhsNumbers.For(13));
        var gateway = CreateGateway();
        using var cancellation = new CancellationTokenSource(HangCancelledAfter);
        var elapsed = Stopwatch.StartNew();

        var call = gateway.LookupAsync(Authority, person.NhsNumber, cancellation.Token);
        var first = await Task.WhenAny(call, Task.Delay(HangCancelledAfter + CancellationGrace, CancellationToken.None));

        Assert.That(first, Is.SameAs(call), $"still running {elapsed.Elapsed} after the call, though the token was cancelled after {HangCancelledAfter}");
        if (call.IsFaulted)
        {
            Assert.Fail($"threw {call.Exception!.InnerException!.GetType().Name} instead of OperationCanceledException: {call.Exception.InnerException.Message}");
        }

        if (!call.IsCanceled)
        {
            Assert.That(call.Result, Is.TypeOf<MosaicLookup.Unavailable>(), "answered a hanging server with something other than Unavailable");
        }
    }

    /// <summary>
    /// The text your adapter shows for <paramref name="frequency"/>: <see cref="ConformanceFrequency.ToString"/> (what a
    /// free-text Mosaic served) unless your dialect words a structured frequency its own way.
    /// </summary>
    protected virtual string FrequencyShown(ConformanceFrequency frequency) =>
        (frequency ?? throw new ArgumentNullException(nameof(frequency))).ToString();

    /// <summary>Seeds <paramref name="person"/> into your server, in your dialect, for <paramref name="authority"/>.</summary>
    protected abstract Task SeedPersonAsync(LocalAuthority authority, ConformancePerson person);

    /// <summary>
    /// Makes your server fail as <see cref="ConformanceFault.Kind"/> says whenever <paramref name="authority"/> is
    /// asked about <see cref="ConformanceFault.NhsNumber"/>, until the next reset. The person is already seeded.
    /// </summary>
    protected abstract Task SeedFaultAsync(LocalAuthority authority, ConformanceFault fault);

    /// <summary>Forgets every person, fault and request count; runs before every scenario.</summary>
    protected abstract Task ResetAsync();

    /// <summary>
    /// The adapter under test, pointed at your server. Called once per scenario, after the seeding: return one with
    /// no state left from an earlier scenario (an open circuit breaker or a cached answer would leak across).
    /// </summary>
    protected abstract IMosaicGateway CreateGateway();

    /// <summary>
    /// How many requests for <paramref name="person"/>'s record (anything after finding them) your server has
    /// answered since the last reset; null, the default, if it does not count. When it counts, the kit proves that a
    /// person who is not shared, or one of several, costs no request beyond the lookup (spec §1 step 8).
    /// </summary>
    protected virtual int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) => null;

    /// <summary>
    /// The raw bodies your server sent since the last reset (every successful answer at least, as text); null, the
    /// default, if it does not record them. When it records, the kit proves that the sentinels it finds nowhere in
    /// the answer were served to the adapter in the first place.
    /// </summary>
    protected virtual IReadOnlyList<string>? ServedBodies() => null;

    /// <summary>
    /// Every request your server received since the last reset (a one-line middleware in a test server), so that the
    /// kit can prove that an adapter only reads (GET, but for its credentials) and never puts the NHS number in a
    /// path or query, where proxies and server logs would keep it.
    /// </summary>
    protected abstract IReadOnlyList<ConformanceRequest> RequestsReceived();

    private async Task<ConformancePerson> SeedFaultyPersonAsync(ConformanceFaultKind kind, NhsNumber nhsNumber)
    {
        var person = _scenarios.OneOfEach($"CONF-{kind}", nhsNumber);
        await SeedPersonAsync(Authority, person);
        await SeedFaultAsync(Authority, new ConformanceFault(kind, nhsNumber));
        return person;
    }

    private async Task<MosaicLookup> LookUpAsync(NhsNumber nhsNumber)
    {
        var gateway = CreateGateway();
        using var timeout = new CancellationTokenSource(ScenarioTimeout);
        _lookupStarted = Clock.GetUtcNow();
        var lookup = await gateway.LookupAsync(Authority, nhsNumber, timeout.Token);
        _lookupEnded = Clock.GetUtcNow();

        Assert.That(lookup, Is.Not.Null, "the gateway answered null");
        AssertNhsNumberInNeitherPathNorQuery(nhsNumber);
        return lookup;
    }

    /// <summary>Every scenario: proxies and server logs keep paths and queries, so the number is never in one.</summary>
    private void AssertNhsNumberInNeitherPathNorQuery(NhsNumber nhsNumber)
    {
        var digits = nhsNumber.ToDigits();
        var leaks = RequestsReceived()
            .Where(r => Uri.UnescapeDataString(r.PathAndQuery).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Contains(digits, StringComparison.Ordinal))
            .ToList();
        Assert.That(leaks, Is.Empty, "requests that carried the NHS number in their path or query");
    }

    /// <summary>
    /// What happened, for a failure message: what the lookup answered (with its reason, or its unreadable count and
    /// how many items of each list it showed) and every request the server saw.
    /// </summary>
    private string Describe(MosaicLookup lookup)
    {
        var answered = lookup switch
        {
            MosaicLookup.Found found => $"Found {{ UnreadableItems = {found.UnreadableItems}, SocialWorkers = {found.Record.SocialWorkers.Count}, " +
                $"CarePackages = {found.Record.CarePackages.Count}, Assessments = {found.Record.Assessments.Count}, " +
                $"CaseNotes = {found.Record.CaseNotes.Count}, CommunicationNeeds = {found.Record.CommunicationNeeds.Count} }}",
            _ => lookup.ToString(),
        };
        var requests = RequestsReceived();
        var seen = requests.Count == 0
            ? "no request"
            : string.Join(", ", requests.Take(20).Select(r => $"{r.Method} {r.PathAndQuery}")) + (requests.Count > 20 ? $" and {requests.Count - 20} more" : "");
        return $"the lookup answered {answered}; the server saw {seen}";
    }

    private void AssertFound(MosaicLookup lookup, ExpectedRecord expected, int unreadableItems)
    {
        Assert.That(lookup, Is.TypeOf<MosaicLookup.Found>(), Describe(lookup));
        var found = (MosaicLookup.Found)lookup;
        var record = found.Record;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.UnreadableItems, Is.EqualTo(unreadableItems), $"unreadable items; {Describe(lookup)}");
            Assert.That(record.LocalAuthority, Is.EqualTo(Authority), "local authority");
            Assert.That(record.RetrievedAt, Is.InRange(_lookupStarted.AddMinutes(-1), _lookupEnded.AddMinutes(1)), "retrieved at");
            Assert.That(record.SocialWorkers, Is.EquivalentTo(expected.SocialWorkers), "social workers");
            Assert.That(record.CarePackages, Is.EquivalentTo(expected.CarePackages), "care packages");
            Assert.That(record.Assessments, Is.EquivalentTo(expected.Assessments), "assessments");
            Assert.That(record.CaseNotes, Is.EquivalentTo(expected.CaseNotes), "case notes");
            Assert.That(record.CommunicationNeeds, Is.EquivalentTo(expected.CommunicationNeeds), "communication needs");
        }
    }

    private void AssertNoRecordRequests(ConformancePerson person)
    {
        if (CountRecordRequests(Authority, person) is { } requests)
        {
            Assert.That(requests, Is.Zero, $"requests for the record of {person.Id}, which must not be fetched");
        }
        else
        {
            TestContext.Out.WriteLine("CountRecordRequests is not implemented: that nothing more was fetched is not checked.");
        }
    }
}
