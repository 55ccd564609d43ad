using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using static SocialCare.Mosaic.Conformance.ConformanceAssessmentStatus;
using static SocialCare.Mosaic.Conformance.ConformanceCarePackageStatus;
using static SocialCare.Mosaic.Conformance.ConformanceCaseNoteStatus;
using static SocialCare.Mosaic.Conformance.ConformanceWorkerRelationshipType;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// The people the scenarios seed and what each must show, with dates relative to <paramref name="today"/> (in
/// Europe/London) so that current and ended items stay so whenever the suite runs.
/// </summary>
internal sealed class ConformanceScenarios(DateOnly today, string sentinel, Func<ConformanceFrequency, string> frequencyShown)
{
    private static readonly ConformanceFrequency FourADay = new(4, ConformanceFrequencyPeriod.Day);
    private static readonly ConformanceFrequency Weekly = new(1, ConformanceFrequencyPeriod.Week);

    public string Sentinel => sentinel;

    /// <summary>Every status and edge of the "what is shown" table, and every field, once.</summary>
    public ConformancePerson FullRecord(string id, NhsNumber nhsNumber, ConsentToShare consent) => new(id, nhsNumber, consent)
    {
        WorkerRelationships =
        [
            new("WR-1", AllocatedWorker, "Sam Okafor", "Hammersmith Adults Team 2", "020 7946 0001", Day(-400), null),
            new("WR-2", KeyWorker, "Priya Shah", null, null, Day(-30), today),
            new("WR-3", ConformanceWorkerRelationshipType.SocialWorker, "Jo Adeyemi", "Duty Team", "020 7946 0003", today, Day(30)),
            new("WR-4", AllocatedWorker, "Future Worker", "Duty Team", null, Day(1), null),
            new("WR-5", ConformanceWorkerRelationshipType.SocialWorker, "Ended Worker", "Duty Team", null, Day(-100), Day(-1)),
            new("WR-6", Other, "Dr Gill", "Brook Green Surgery", null, Day(-10), null),
        ],
        CarePackages =
        [
            new("SA-1", Active, Day(-60), null, "Riverside Care Ltd", FourADay, "Home care"),
            new("SA-2", Ended, Day(-400), Day(-100), null, null, null),
            new("SA-3", Proposed, Day(7), null, "Proposed Care Ltd", new(1, ConformanceFrequencyPeriod.Day), "Day centre"),
            new("SA-4", Cancelled, Day(-20), Day(-10), "Cancelled Care Ltd", Weekly, "Respite"),
        ],
        Assessments =
        [
            new("AS-1", "Care Act assessment", Completed, ConformanceDateTime.OnDate(Day(-10)), Content("AS-1")),
            new("AS-2", "Carer's assessment", Incoming, null, Content("AS-2")),
            new("AS-3", "Review", InProgress, null, Content("AS-3")),
            new("AS-4", "Reassessment", Reopened, ConformanceDateTime.OnDate(Day(-50)), Content("AS-4")),
        ],
        CaseNotes =
        [
            new("CN-1", "Phone call", Complete, ConformanceDateTime.OnDate(Day(-3)), ConformanceDateTime.London(Day(-4).ToDateTime(new TimeOnly(9, 15))), Title("CN-1"), Text("CN-1")),
            new("CN-2", "Home visit", Draft, null, ConformanceDateTime.OnDate(Day(-2)), Title("CN-2"), Text("CN-2")),
            new("CN-3", "Email", TimedOut, null, ConformanceDateTime.OnDate(Day(-5)), Title("CN-3"), Text("CN-3")),
            new("CN-4", "Letter", Deleted, ConformanceDateTime.OnDate(Day(-6)), ConformanceDateTime.OnDate(Day(-6)), Title("CN-4"), Text("CN-4")),
        ],
        CommunicationNeeds =
        [
            new("CM-1", CommunicationNeedCategory.InformationFormat, "Large print", Day(-200), null),
            new("CM-2", CommunicationNeedCategory.ContactMethod, "Email only", null, today),
            new("CM-3", CommunicationNeedCategory.CommunicationSupport, "BSL interpreter", Day(-300), Day(-1)),
            new("CM-4", CommunicationNeedCategory.CommunicationProfessional, "Deafblind intervenor", Day(-30), Day(30)),
        ],
    };

    public ExpectedRecord FullRecordShown() => new(
        [
            new("Sam Okafor", "Hammersmith Adults Team 2", "020 7946 0001", WorkerRelationship.AllocatedWorker),
            new("Priya Shah", null, null, WorkerRelationship.KeyWorker),
            new("Jo Adeyemi", "Duty Team", "020 7946 0003", WorkerRelationship.SocialWorker),
        ],
        [
            new(Day(-60), null, "Riverside Care Ltd", frequencyShown(FourADay), "Home care"),
            new(Day(-400), Day(-100), null, null, null),
        ],
        [new("Care Act assessment", Day(-10))],
        [new(Day(-3), Day(-4))],
        [
            new(CommunicationNeedCategory.InformationFormat, "Large print", Day(-200)),
            new(CommunicationNeedCategory.ContactMethod, "Email only", null),
            new(CommunicationNeedCategory.CommunicationProfessional, "Deafblind intervenor", Day(-30)),
        ]);

    /// <summary>One small shown item in each list.</summary>
    public ConformancePerson OneOfEach(string id, NhsNumber nhsNumber) => new(id, nhsNumber, ConsentToShare.Given)
    {
        WorkerRelationships = [OneWorker],
        CarePackages = [OnePackage],
        Assessments = [OneAssessment],
        CaseNotes = [OneNote],
        CommunicationNeeds = [OneNeed],
    };

    public ExpectedRecord OneOfEachShown() => new(
        [new("Alex Morgan", "Fulham Team", "020 7946 0100", WorkerRelationship.SocialWorker)],
        [new(Day(-14), null, "Westway Care", frequencyShown(Weekly), "Meals")],
        [new("Care Act assessment", Day(-7))],
        [new(Day(-2), Day(-2))],
        [new(CommunicationNeedCategory.CommunicationSupport, "Needs a Polish interpreter", Day(-90))]);

    /// <summary>Instants either side of midnight in London, in summer and winter, with and without offsets.</summary>
    public ConformancePerson DatesWithOffsets(string id, NhsNumber nhsNumber) => new(id, nhsNumber, ConsentToShare.Given)
    {
        Assessments =
        [
            new("AS-SUMMER", "Summer instant", Completed, ConformanceDateTime.At(new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)), Content("AS-SUMMER")),
            new("AS-WINTER", "Winter instant", Completed, ConformanceDateTime.At(new(2026, 1, 15, 23, 30, 0, TimeSpan.Zero)), Content("AS-WINTER")),
            new("AS-AHEAD", "Offset ahead of London", Completed, ConformanceDateTime.At(new(2026, 3, 4, 0, 30, 0, TimeSpan.FromHours(1))), Content("AS-AHEAD")),
            new("AS-WALL", "London wall clock", Completed, ConformanceDateTime.London(new(2026, 8, 10, 23, 59, 0, DateTimeKind.Unspecified)), Content("AS-WALL")),
            new("AS-DATE", "Plain date", Completed, ConformanceDateTime.OnDate(new(2026, 2, 11)), Content("AS-DATE")),
        ],
        CaseNotes =
        [
            // 26 October 2025: British Summer Time ends at 01:00 UTC, so 00:30 UTC is 01:30 BST that day.
            new("CN-AUTUMN", "Clocks go back", Complete, ConformanceDateTime.At(new(2025, 10, 26, 0, 30, 0, TimeSpan.Zero)), ConformanceDateTime.At(new(2026, 3, 29, 0, 59, 59, TimeSpan.Zero)), Title("CN-AUTUMN"), Text("CN-AUTUMN")),
            new("CN-WEST", "West of London", Complete, ConformanceDateTime.At(new(2026, 12, 31, 20, 0, 0, TimeSpan.FromHours(-5))), ConformanceDateTime.At(new(2026, 7, 1, 0, 30, 0, TimeSpan.FromHours(2))), Title("CN-WEST"), Text("CN-WEST")),
        ],
    };

    public static ExpectedRecord DatesWithOffsetsShown() => new(
        [],
        [],
        [
            new("Summer instant", new(2026, 7, 1)),
            new("Winter instant", new(2026, 1, 15)),
            new("Offset ahead of London", new(2026, 3, 3)),
            new("London wall clock", new(2026, 8, 10)),
            new("Plain date", new(2026, 2, 11)),
        ],
        [
            new(new(2025, 10, 26), new(2026, 3, 29)),
            new(new(2027, 1, 1), new(2026, 6, 30)),
        ],
        []);

    /// <summary>One shown item and one unreadable item in each list.</summary>
    public ConformancePerson WithUnreadableItems(string id, NhsNumber nhsNumber) => OneOfEach(id, nhsNumber) with
    {
        UnreadableItems =
        [
            new(ConformanceList.WorkerRelationships, "WR-BROKEN", ConformanceDefect.MissingRequiredField),
            new(ConformanceList.CarePackages, "SA-BROKEN", ConformanceDefect.UnknownStatus),
            new(ConformanceList.Assessments, "AS-BROKEN", ConformanceDefect.BadDate),
            new(ConformanceList.CaseNotes, "CN-BROKEN", ConformanceDefect.WrongType),
            new(ConformanceList.CommunicationNeeds, "CM-BROKEN", ConformanceDefect.UnknownStatus),
        ],
    };

    /// <summary>Every item of <see cref="OneOfEach"/> listed twice, as a server may do across pages.</summary>
    public ConformancePerson WithDuplicates(string id, NhsNumber nhsNumber) => OneOfEach(id, nhsNumber) with
    {
        WorkerRelationships = [OneWorker, OneWorker],
        CarePackages = [OnePackage, OnePackage],
        Assessments = [OneAssessment, OneAssessment],
        CaseNotes = [OneNote, OneNote],
        CommunicationNeeds = [OneNeed, OneNeed],
    };

    /// <summary><paramref name="count"/> complete case notes, a day apart, so that each is a distinct item.</summary>
    public ConformancePerson WithManyCaseNotes(string id, NhsNumber nhsNumber, int count) => new(id, nhsNumber, ConsentToShare.Given)
    {
        CaseNotes = [.. Enumerable.Range(0, count).Select(i => new ConformanceCaseNote(
            $"CN-{i:D5}", "Visit", Complete, ConformanceDateTime.OnDate(Day(-i)), ConformanceDateTime.OnDate(Day(-i - 1)), Title($"CN-{i}"), Text($"CN-{i}")))],
    };

    public ExpectedRecord ManyCaseNotesShown(int count) =>
        ExpectedRecord.Empty with { CaseNotes = [.. Enumerable.Range(0, count).Select(i => new CaseNoteMeta(Day(-i), Day(-i - 1)))] };

    private ConformanceWorkerRelationship OneWorker =>
        new("WR-ONE", ConformanceWorkerRelationshipType.SocialWorker, "Alex Morgan", "Fulham Team", "020 7946 0100", Day(-30), null);

    private ConformanceCarePackage OnePackage => new("SA-ONE", Active, Day(-14), null, "Westway Care", Weekly, "Meals");

    private ConformanceAssessment OneAssessment =>
        new("AS-ONE", "Care Act assessment", Completed, ConformanceDateTime.At(new DateTimeOffset(Day(-7).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)), Content("AS-ONE"));

    private ConformanceCaseNote OneNote =>
        new("CN-ONE", "Phone call", Complete, ConformanceDateTime.OnDate(Day(-2)), ConformanceDateTime.OnDate(Day(-2)), Title("CN-ONE"), Text("CN-ONE"));

    private ConformanceCommunicationNeed OneNeed =>
        new("CM-ONE", CommunicationNeedCategory.CommunicationSupport, "Needs a Polish interpreter", Day(-90), null);

    private DateOnly Day(int offset) => today.AddDays(offset);

    private string Content(string itemId) => $"{sentinel} assessment form of {itemId}";

    private string Title(string itemId) => $"{sentinel} title of {itemId}";

    private string Text(string itemId) => $"{sentinel} text of {itemId}";
}
