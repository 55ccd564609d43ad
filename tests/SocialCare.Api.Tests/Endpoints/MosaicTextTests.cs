using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Page;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// Spec §4: text shown from Mosaic carries no bidirectional or control characters, in the JSON and on the page
/// alike; and a telephone number is a <c>tel:</c> link only when the whole field is one, so that the link dials
/// what the reader sees. demo-full's council (Hammersmith and Fulham) is routed here to a gateway whose text is
/// hostile; everything else is the reference Host's.
/// </summary>
public partial class MosaicTextTests : DemoHostFixture
{
    private static readonly SocialCareRecord HostileRecord = new(
        new LocalAuthority(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "north-west-london"),
        DateTimeOffset.UtcNow,
        [
            new("Sam \u202EOkafor\u202C", "Adults\tTeam\r\n2\u0000", "020 7946 0001", WorkerRelationship.AllocatedWorker),
            new("Priya\u2067 Lindqvist\u2069", "\u0085Reablement\u009B", "+44 20 <b>7946</b> 0001 ext 9", WorkerRelationship.KeyWorker),
            new("Tomasz\u200E Adeyemi\u200F\u061C", null, "+44 (0)20 7946-0002", WorkerRelationship.SocialWorker),
            new("Una\u202D Reversed", "\u2068Duty\u2069", "\u202E1000 6497 020", WorkerRelationship.SocialWorker),
        ],
        [new(new DateOnly(2025, 11, 3), null, "Riverside\u202D Care\u007F Ltd", "4 calls\u2028a day", "Home\u0007 care")],
        [new("Care Act\u2066 assessment", new DateOnly(2026, 2, 11))],
        [],
        [new(CommunicationNeedCategory.InformationFormat, "Large \u202Bprint\u202C", null)]);

    private protected override DemoHostFactory CreateHost() => new()
    {
        TestServices = services => services.AddSingleton(new MosaicGatewayRoute("E09000013", new HostileTextGateway())),
    };

    [Test]
    public async Task Json_carries_mosaic_text_without_bidirectional_or_control_characters()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Full);

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var source = answer.Json().GetProperty("sources")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Texts(source).Where(Unsafe), Is.Empty);
            Assert.That(Strings(source.GetProperty("socialWorkers"), "name"), Is.EqualTo(new[] { "Sam Okafor", "Priya Lindqvist", "Tomasz Adeyemi", "Una Reversed" }));
            Assert.That(Strings(source.GetProperty("socialWorkers"), "team"), Is.EqualTo(new[] { "Adults Team 2", "Reablement", null, "Duty" }));
            Assert.That(Strings(source.GetProperty("socialWorkers"), "telephone"), Is.EqualTo(new[] { "020 7946 0001", "+44 20 <b>7946</b> 0001 ext 9", "+44 (0)20 7946-0002", "1000 6497 020" }));
            Assert.That(Strings(source.GetProperty("carePackages"), "supplier"), Is.EqualTo(new[] { "Riverside Care Ltd" }));
            Assert.That(Strings(source.GetProperty("carePackages"), "frequency"), Is.EqualTo(new[] { "4 calls a day" }));
            Assert.That(Strings(source.GetProperty("carePackages"), "service"), Is.EqualTo(new[] { "Home care" }));
            Assert.That(Strings(source.GetProperty("assessments"), "name"), Is.EqualTo(new[] { "Care Act assessment" }));
            Assert.That(Strings(source.GetProperty("communicationNeeds"), "description"), Is.EqualTo(new[] { "Large print" }));
        }
    }

    [Test]
    public async Task Page_shows_mosaic_text_without_bidirectional_or_control_characters()
    {
        var answer = await Client.GetAsync(Routes.Page(Demo.Full), Demo.Full);

        Assert.That(answer.Status, Is.EqualTo(200));
        var shown = WebUtility.HtmlDecode(answer.Body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Where(c => c != '\n' && Unsafe(c)).Select(c => $"U+{(int)c:X4}"), Is.Empty);
            Assert.That(shown, Does.Contain("Sam Okafor").And.Contain("Priya Lindqvist").And.Contain("Adults Team 2").And.Contain("Large print"));
        }
    }

    [Test]
    public async Task Page_links_a_telephone_number_only_when_the_whole_field_is_one()
    {
        var answer = await Client.GetAsync(Routes.Page(Demo.Full), Demo.Full);

        Assert.That(answer.Status, Is.EqualTo(200));
        var links = TelLink().Matches(answer.Body).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["text"].Value), m => WebUtility.HtmlDecode(m.Groups["href"].Value));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(links, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["020 7946 0001"] = "tel:02079460001",
                ["+44 (0)20 7946-0002"] = "tel:+442079460002",
                ["1000 6497 020"] = "tel:10006497020",
            }));
            Assert.That(answer.Body, Does.Contain(">" + HtmlEncoder.Default.Encode("+44 20 <b>7946</b> 0001 ext 9") + "</td>"), "shown as text, without a link");
        }
    }

    private static bool Unsafe(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static bool Unsafe(string text) => text.Any(Unsafe);

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    private static List<string?> Strings(JsonElement items, string property) =>
        [.. items.EnumerateArray().Select(item => item.GetProperty(property).GetString())];

    [GeneratedRegex("<a class=\"nhsuk-link\" href=\"(?<href>tel:[^\"]*)\">(?<text>[^<]*)</a>")]
    private static partial Regex TelLink();

    private sealed class HostileTextGateway : IMosaicGateway
    {
        public Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken) =>
            Task.FromResult<MosaicLookup>(new MosaicLookup.Found(HostileRecord));
    }
}
