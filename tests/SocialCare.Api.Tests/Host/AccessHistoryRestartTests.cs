using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>Spec §7 and issue 16: the access history is read from the Host's durable audit, so it survives a restart.</summary>
public class AccessHistoryRestartTests
{
    [Test]
    public async Task History_still_lists_the_views_made_before_the_host_restarted()
    {
        var file = Path.Combine(Path.GetTempPath(), $"socialcare-audit-history-restart-{Guid.NewGuid():N}.db");
        try
        {
            List<string> before;
            await using (var first = new DemoHostFactory { AuditFile = file })
            {
                using var client = first.CreateClient();
                Assert.That((await client.GetAsync(Routes.View(Demo.Full), Demo.Full)).Status, Is.EqualTo(200));
                Assert.That((await client.GetAsync(Routes.Page(Demo.Full), Demo.CarerWithLabel)).Status, Is.EqualTo(200));
                Assert.That((await client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated)).Status, Is.EqualTo(403));
                before = Ids(await client.GetAsync(Routes.History(Demo.Full), Demo.Full));
            }

            await using var second = new DemoHostFactory { AuditFile = file };
            using var again = second.CreateClient();
            var after = await again.GetAsync(Routes.History(Demo.Full), Demo.Full);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(before, Has.Count.EqualTo(3));
                Assert.That(Ids(after), Is.EqualTo(Ids(after).Take(1).Concat(before)), "the first host's reading of the history, then the views it listed");
                Assert.That(
                    after.Json().GetProperty("items").EnumerateArray().Select(i => i.GetProperty("who").GetString()),
                    Is.EqualTo(new[] { "You", "Someone", "A carer", "You" }));
            }
        }
        finally
        {
            DemoHostFactory.DeleteAuditFile(file);
        }
    }

    private static List<string> Ids(Answer history)
    {
        Assert.That(history.Status, Is.EqualTo(200), history.Body);
        return [.. history.Json().GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
