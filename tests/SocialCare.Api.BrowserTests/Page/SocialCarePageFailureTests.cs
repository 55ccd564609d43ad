using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;
using static SocialCare.TestSupport.Demo;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>
/// Every outcome that is not a record, as the page answers it through the reference Host: spec §2's status, the
/// title and message of docs/user-messages.md for the viewer's audience, then axe. The rows are written out, not
/// read from the catalogue, so that a changed message is a decision and not an accident.
/// </summary>
public class SocialCarePageFailureTests : DemoHostTest
{
    [TestCase("/patients/demo-not-known/social-care", "demo-not-known", 404,
        "No social care information found",
        "We could not find any social care information about you at the local authorities connected to PKB. If you think you should have a record, speak to your social care team.",
        TestName = "Not_known_is_a_404_that_says_no_information_was_found")]
    [TestCase("/patients/demo-not-shared/social-care", "demo-not-shared", 403,
        "Your social care information is not shared",
        "You have not agreed to share your social care information with other organisations in Mosaic, so we cannot show it here.",
        TestName = "Not_shared_is_a_403_that_tells_the_patient_how_to_share")]
    [TestCase("/patients/demo-full/social-care", "demo-unrelated", 403,
        "You cannot see this social care information",
        "You do not have access to this person's social care information. If you think you should, ask them: they can change who sees it in the Sharing section of their record.",
        TestName = "Access_denied_is_a_403_that_says_who_can_grant_access")]
    [TestCase("/patients/demo-full/social-care/access-history", "demo-team-professional", 403,
        "You cannot see this social care information",
        "You do not have access to this person's social care information. If you think you should, ask them: they can change who sees it in the Sharing section of their record.",
        TestName = "Access_history_of_someone_else_is_the_same_403_as_the_record")]
    [TestCase("/patients/demo-outside-pilot/social-care", "demo-outside-pilot", 403,
        "Social care information is not available here yet",
        "Social care information is only shown for people linked to a care team in an area taking part in this service, and you are not linked to one yet.",
        TestName = "Not_in_pilot_is_a_403_that_says_the_area_is_not_taking_part_yet")]
    [TestCase("/patients/demo-record-mismatch/social-care", "demo-record-mismatch", 409,
        "We could not match your social care record",
        "Your NHS number matches more than one record in Mosaic, so we cannot safely show your social care information.",
        TestName = "Record_mismatch_is_a_409_that_asks_the_patient_to_speak_to_their_team")]
    [TestCase("/patients/demo-no-nhs-number/social-care", "demo-carer-with-label", 422,
        "No NHS number is recorded",
        "We cannot look for this person's social care information because their PKB record has no NHS number. A clinician who cares for them in PKB can add it.",
        TestName = "No_nhs_number_is_a_422_that_says_who_can_add_it")]
    [TestCase("/patients/demo-invalid-nhs-number/social-care", "demo-carer-with-label", 422,
        "The NHS number needs checking",
        "The NHS number in this person's PKB record is not valid, so we cannot look for their social care information.",
        TestName = "Invalid_nhs_number_is_a_422_that_asks_for_it_to_be_checked")]
    [TestCase("/patients/demo-unavailable/social-care", "demo-unavailable", 503,
        "Social care information is unavailable right now",
        "We cannot connect to the social care system to get your information at the moment. Refresh the page in a few minutes. If the problem goes on, contact support at https://support.example.org/social-care.",
        TestName = "Unavailable_is_a_503_that_says_to_try_again_later")]
    [TestCase("/patients/demo-full/social-care", null, 401,
        "You need to sign in",
        "You need to sign in to see this page. Sign in to PKB, then open Social care again.",
        TestName = "No_viewer_is_a_401_that_asks_to_sign_in")]
    [TestCase("/patients/bad!id/social-care", "demo-full", 400,
        "This page address is not valid",
        "This page address is not valid. Go back to the record and open Social care again.",
        TestName = "Malformed_patient_id_is_a_400_that_says_the_address_is_not_valid")]
    [TestCase("/patients/demo-full/social-care?full=everything", "demo-full", 400,
        "This page address is not valid",
        "This page address is not valid. Go back to the record and open Social care again.",
        TestName = "Unknown_full_value_is_a_400_that_says_the_address_is_not_valid")]
    public async Task Failure_page_gives_its_status_heading_and_message(string path, string? viewer, int expectedStatus, string heading, string message)
    {
        var (page, status) = await OpenAsync(path, viewer);

        Assert.That(status, Is.EqualTo(expectedStatus));
        await Expect(page).ToHaveTitleAsync(heading + " – Social care");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(message);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Unavailable_page_gives_the_trace_id_as_the_reference_to_quote()
    {
        // A W3C traceparent from the caller is continued, so its trace id is the one the page must show.
        const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var options = new BrowserNewContextOptions { ExtraHTTPHeaders = new Dictionary<string, string> { ["traceparent"] = $"00-{TraceId}-00f067aa0ba902b7-01" } };

        var (page, status) = await OpenSocialCareAsync("demo-unavailable", "demo-unavailable", options);

        Assert.That(status, Is.EqualTo(503));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"If you contact support, quote this reference: {TraceId}");
        await Expect(page.GetByRole(AriaRole.Main).Locator("code")).ToHaveTextAsync(new Regex("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task Each_state_has_a_title_of_its_own()
    {
        // One row per outcome, and one for each kind of warning beside data.
        (string Path, string? Viewer)[] states =
        [
            ("/patients/demo-full/social-care", "demo-full"),
            ("/patients/demo-partial/social-care", "demo-partial"),
            ("/patients/sandbox-unreadable/social-care", "sandbox-unreadable"),
            ("/patients/demo-not-known/social-care", "demo-not-known"),
            ("/patients/demo-not-shared/social-care", "demo-not-shared"),
            ("/patients/demo-full/social-care", "demo-unrelated"),
            ("/patients/demo-outside-pilot/social-care", "demo-outside-pilot"),
            ("/patients/demo-record-mismatch/social-care", "demo-record-mismatch"),
            ("/patients/demo-no-nhs-number/social-care", "demo-no-nhs-number"),
            ("/patients/demo-invalid-nhs-number/social-care", "demo-invalid-nhs-number"),
            ("/patients/demo-unavailable/social-care", "demo-unavailable"),
            ("/patients/demo-full/social-care", null),
            ("/patients/bad!id/social-care", "demo-full"),
        ];

        // One page for every state, the viewer changed between loads: a new context each would cost more than the loads.
        var page = await NewPageAsync();
        var titles = new List<string>();
        foreach (var (path, viewer) in states)
        {
            await page.SetExtraHTTPHeadersAsync(viewer is null ? [] : [new(ViewerHeader, viewer)]);
            await page.GotoAsync(Host.UrlOf(path).ToString());
            titles.Add(await page.TitleAsync());
        }

        Assert.That(titles, Is.EqualTo(new[]
        {
            "Social care",
            "Social care (some information may be missing)",
            "Social care (some items could not be shown)",
            "No social care information found – Social care",
            "Your social care information is not shared – Social care",
            "You cannot see this social care information – Social care",
            "Social care information is not available here yet – Social care",
            "We could not match your social care record – Social care",
            "No NHS number is recorded – Social care",
            "The NHS number needs checking – Social care",
            "Social care information is unavailable right now – Social care",
            "You need to sign in – Social care",
            "This page address is not valid – Social care",
        }));
        Assert.That(titles, Is.Unique);
    }
}
