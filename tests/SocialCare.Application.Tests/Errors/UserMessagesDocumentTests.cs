using System.Text;
using SocialCare.Application.AccessHistory;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Errors;

/// <summary>docs/user-messages.md is generated from the catalogue; this test keeps them byte for byte the same.</summary>
public class UserMessagesDocumentTests
{
    private const string RewriteVariable = "SOCIALCARE_WRITE_DOCS";

    [Test]
    public void Document_matches_the_catalogue_byte_for_byte()
    {
        var path = Path.Combine(Repository.Root().FullName, "docs", "user-messages.md");
        var expected = Render();

        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.That(
            File.ReadAllBytes(path),
            Is.EqualTo(Encoding.UTF8.GetBytes(expected)),
            $"docs/user-messages.md differs from UserMessageCatalogue. Regenerate it: {RewriteVariable}=1 dotnet test tests/SocialCare.Application.Tests --filter UserMessagesDocumentTests");
    }

    private static string Render()
    {
        var text = new StringBuilder()
            .Append("# User messages\n\n")
            .Append("What each outcome and warning code says to the person reading it. This file is generated from\n")
            .Append("`UserMessageCatalogue` (`src/Application/Errors/UserMessageCatalogue.cs`) and a test compares the two byte for byte;\n")
            .Append("after changing a message, regenerate it:\n\n")
            .Append("```\nSOCIALCARE_WRITE_DOCS=1 dotnet test tests/SocialCare.Application.Tests --filter UserMessagesDocumentTests\n```\n\n")
            .Append("\"The patient\" is the person whose record it is (\"you\"); \"anyone else\" is a carer or professional (\"this person\").\n")
            .Append("`unauthenticated`, `rate-limited` and `internal-error` read the same for both: the first two are answered\n")
            .Append("before anyone knows whether the viewer is the patient, and a bug says nothing about the record.\n")
            .Append("`{support}` becomes \"contact support at\" and the address in `SocialCare:SupportUrl`, or \"contact support\" when none\n")
            .Append("is configured; `{authority}` becomes the local authority's name. For anyone but the patient, `not-shared` and\n")
            .Append("`record-mismatch` are never sent: they are answered as `not-known` (spec §1 step 10), so their text for anyone\n")
            .Append("else is the same as `not-known`'s, title included.\n");

        foreach (var template in UserMessageCatalogue.Templates)
        {
            text.Append("\n## `").Append(template.Code).Append("`\n\n")
                .Append("| Audience | Title | Message |\n")
                .Append("|---|---|---|\n")
                .Append("| The patient | ").Append(template.ForPatient.Title).Append(" | ").Append(template.ForPatient.Text).Append(" |\n")
                .Append("| Anyone else | ").Append(template.ForOthers.Title).Append(" | ").Append(template.ForOthers.Text).Append(" |\n");
        }

        return AppendAccessHistory(text).ToString();
    }

    private static StringBuilder AppendAccessHistory(StringBuilder text)
    {
        text.Append("\n## The access history\n\n")
            .Append("What the patient reads on their access history (`AccessHistoryWords`, `src/Application/AccessHistory/AccessHistoryWords.cs`).\n")
            .Append("\"Who\" is the host's name for the viewer when it gives one (`ISocialCareViewerNames`); otherwise the words below.\n\n")
            .Append("| Part | Words |\n")
            .Append("|---|---|\n");
        (string Part, string Words)[] rows =
        [
            ("Title", AccessHistoryWords.Title),
            ("Introduction", AccessHistoryWords.Introduction),
            ("No entries", AccessHistoryWords.Empty),
            ("Link to older entries", AccessHistoryWords.Older),
            ("Link back to the newest entries", AccessHistoryWords.Newest),
            ("No older entries", AccessHistoryWords.NoOlder),
            ("Link back to the Social care page", AccessHistoryWords.BackToRecord),
            ("Headings", string.Join(" · ", AccessHistoryWords.WhenHeading, AccessHistoryWords.WhoHeading, AccessHistoryWords.RelationshipHeading, AccessHistoryWords.PlaceHeading, AccessHistoryWords.OutcomeHeading)),
            .. Relationships.Select(r => ($"Who, not named by the host: {Name(r)}", AccessHistoryWords.Who(r))),
            .. Relationships.Select(r => ($"Their connection to you: {Name(r)}", AccessHistoryWords.Relationship(r))),
            .. Enum.GetValues<AuditSurface>().Select(s => ($"Where: `{s}`", AccessHistoryWords.Place(s))),
            ("What they saw: shown", AccessHistoryWords.Outcome(shown: true)),
            ("What they saw: anything else", AccessHistoryWords.Outcome(shown: false)),
        ];
        foreach (var (part, words) in rows)
        {
            text.Append("| ").Append(part).Append(" | ").Append(words).Append(" |\n");
        }

        return text;
    }

    private static readonly ViewerRelationship[][] Relationships =
    [
        [ViewerRelationship.Self], [ViewerRelationship.Carer], [ViewerRelationship.TeamProfessional],
        [ViewerRelationship.IndividualProfessional], [ViewerRelationship.Unknown], [],
        [ViewerRelationship.Carer, ViewerRelationship.TeamProfessional],
    ];

    private static string Name(ViewerRelationship[] relationships) =>
        relationships.Length == 0 ? "no grant" : string.Join(" and ", relationships.Select(r => $"`{r}`"));
}
