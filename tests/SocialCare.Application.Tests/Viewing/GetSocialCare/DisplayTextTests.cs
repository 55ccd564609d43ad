using System.Reflection;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Records;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>
/// Spec §4: text shown from Mosaic carries no bidirectional or control characters. A right-to-left override can make
/// a name or a number read backwards, an isolate can move text across its neighbours, and a control character
/// can end a line or a field in whatever shows the text next.
/// </summary>
public class DisplayTextTests
{
    // U+202A–202E embeddings and overrides, U+2066–2069 isolates, and the marks U+200E, U+200F, U+061C.
    private static readonly char[] Bidirectional =
        ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

    // Controls that are not white space: C0, DEL and C1, whatever they would do to the reader's screen or parser.
    private static readonly char[] Controls =
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && !char.IsWhiteSpace(c))];

    // Invisible format characters that can hide or reorder text: deprecated format controls, the BOM in mid-text,
    // interlinear annotations.
    private static readonly char[] OtherFormats = ['\u206A', '\u206B', '\u206C', '\u206D', '\u206E', '\u206F', '\uFEFF', '\uFFF9', '\uFFFA', '\uFFFB'];

    [TestCaseSource(nameof(Bidirectional))]
    public void Bidirectional_control_is_removed(char control) =>
        Assert.That(DisplayText.Required($"Sam {control}Okafor{control}"), Is.EqualTo("Sam Okafor"));

    [TestCaseSource(nameof(Controls))]
    public void Control_character_is_removed(char control) =>
        Assert.That(DisplayText.Required($"Home{control} care"), Is.EqualTo("Home care"));

    [TestCaseSource(nameof(OtherFormats))]
    public void Invisible_format_character_is_removed(char format) =>
        Assert.That(DisplayText.Required($"Large{format} print"), Is.EqualTo("Large print"));

    [TestCase("Large\tprint")]
    [TestCase("Large\r\nprint")]
    [TestCase("Large\n\n\nprint")]
    [TestCase("Large\u0085print")]
    [TestCase("Large\u2028print")]
    [TestCase("Large\u2029print")]
    [TestCase("Large\u000Bprint")]
    [TestCase("Large\u000Cprint")]
    [TestCase("Large \u00A0 print")]
    [TestCase("  Large   print \r\n")]
    public void Line_breaks_and_runs_of_white_space_become_one_space(string text) =>
        Assert.That(DisplayText.Required(text), Is.EqualTo("Large print"));

    [TestCase("Sam Okafor")]
    [TestCase("Zoë Ní Bhriain-O'Neill")]
    [TestCase("سارة أحمد")]
    [TestCase("שרה כהן")]
    [TestCase("李小龍")]
    [TestCase("Care 👩‍👩‍👧 family")]
    [TestCase("<b>7946</b> & \"quotes\"")]
    public void Ordinary_text_of_any_script_is_unchanged_and_not_copied(string text) =>
        Assert.That(DisplayText.Required(text), Is.SameAs(text));

    // Built in code: an attribute's strings are stored as UTF-8, where a lone surrogate cannot survive.
    [Test]
    public void Lone_surrogate_becomes_the_replacement_character_and_a_pair_is_kept()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(DisplayText.Required("Name " + '\uD800' + " alone"), Is.EqualTo("Name \uFFFD alone"));
            Assert.That(DisplayText.Required("Name " + '\uDC00'), Is.EqualTo("Name \uFFFD"));
            Assert.That(DisplayText.Required("Name " + '\uDC00' + '\uD800'), Is.EqualTo("Name \uFFFD\uFFFD"));
            Assert.That(DisplayText.Required("\uDBFF\uDFFF pair kept"), Is.EqualTo("\uDBFF\uDFFF pair kept"));
        }
    }

    [TestCase("\u202E\u202C")]
    [TestCase(" \r\n\t ")]
    [TestCase("")]
    public void Optional_text_with_nothing_left_to_show_is_absent(string text) =>
        Assert.That(DisplayText.Optional(text), Is.Null);

    [Test]
    public void Required_text_with_nothing_left_to_show_is_empty() =>
        Assert.That(DisplayText.Required("\u202E\u0000"), Is.Empty);

    [Test]
    public void Record_keeps_no_bidirectional_or_control_character_in_any_text()
    {
        var hostile = Hostile("Text");
        var record = Records.For(Places.Ealing) with
        {
            SocialWorkers = [new(hostile, hostile, hostile, WorkerRelationship.AllocatedWorker)],
            CarePackages = [new(new DateOnly(2025, 11, 3), null, hostile, hostile, hostile)],
            Assessments = [new(hostile, new DateOnly(2026, 2, 11))],
            CommunicationNeeds = [new(CommunicationNeedCategory.ContactMethod, hostile, null)],
        };

        var clean = DisplayText.Clean(record);

        Assert.That(TextsOf(clean), Has.Count.EqualTo(8).And.All.EqualTo("Text"));
    }

    // A text property added to a record later is cleaned too, or this fails: every string the domain's record
    // types hold is set, through their constructors, and must come back clean.
    [Test]
    public void Every_text_property_of_every_record_type_is_cleaned()
    {
        var types = typeof(SocialCareRecord).GetProperties()
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(t => t.GetGenericArguments()[0])
            .ToList();
        Assert.That(types, Has.Count.EqualTo(5));

        var record = Records.For(Places.Ealing) with
        {
            SocialWorkers = [Build<SocialWorker>()],
            CarePackages = [Build<CarePackage>()],
            Assessments = [Build<AssessmentSummary>()],
            CaseNotes = [Build<CaseNoteMeta>()],
            CommunicationNeeds = [Build<CommunicationNeed>()],
        };

        var texts = TextsOf(DisplayText.Clean(record));

        Assert.That(texts, Has.All.EqualTo("Text"));
        Assert.That(texts, Has.Count.EqualTo(types.Sum(t => t.GetProperties().Count(p => p.PropertyType == typeof(string)))));
    }

    [Test]
    public void Record_of_clean_text_is_kept_as_it_is()
    {
        var record = Records.For(Places.Ealing);

        var clean = DisplayText.Clean(record);

        Assert.That(clean.SocialWorkers[0], Is.SameAs(record.SocialWorkers[0]));
        Assert.That(clean.CommunicationNeeds[0], Is.SameAs(record.CommunicationNeeds[0]));
    }

    [Test]
    public async Task View_shows_mosaic_text_without_them()
    {
        using var harness = new SocialCareHarness();
        harness.Knows(People.Facts([People.Carer()]));
        harness.Answers(Places.Hammersmith, new MosaicLookup.Found(Records.For(Places.Hammersmith) with
        {
            SocialWorkers =
            [
                new("\u202EZed", null, "\u202E1000 6497 020", WorkerRelationship.SocialWorker),
                new("Ann\u0007", "Team\r\n2", null, WorkerRelationship.SocialWorker),
            ],
        }));

        var view = (await harness.ViewAsync()).Value;

        var workers = view.Sources.Single().SocialWorkers;
        Assert.That(workers.Select(w => w.Name), Is.EqualTo(new[] { "Ann", "Zed" }));
        Assert.That(workers.Select(w => w.Telephone), Is.EqualTo(new[] { null, "1000 6497 020" }));
        Assert.That(workers[0].Team, Is.EqualTo("Team 2"));
    }

    private static string Hostile(string text) => $"\u202E{text}\u2066\u0000\u009B\u200F\r\n\u2069";

    private static T Build<T>()
    {
        var constructor = typeof(T).GetConstructors().Single(c => c.GetParameters().Length > 0);
        var arguments = constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(string) => Hostile("Text"),
            var t when t == typeof(DateOnly) || t == typeof(DateOnly?) => new DateOnly(2026, 1, 1),
            var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
            var t => throw new InvalidOperationException($"{typeof(T).Name} has a {t.Name} parameter this test cannot build"),
        }).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    private static List<string?> TextsOf(SocialCareRecord record) =>
    [
        .. new IEnumerable<object>[] { record.SocialWorkers, record.CarePackages, record.Assessments, record.CaseNotes, record.CommunicationNeeds }
            .SelectMany(items => items)
            .SelectMany(item => item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string))
                .Select(p => (string?)p.GetValue(item))),
    ];
}
