using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>
/// Answers that carry personal data are never compressed, whatever the browser accepts: compression beside text an
/// attacker can choose (an address, a query) would let them read it from response sizes (BREACH). Only the page's
/// stylesheet is (<see cref="SocialCareAssetsTests"/>).
/// </summary>
public class PersonalDataCompressionTests : DemoHostFixture
{
    [TestCase("/patients/" + Demo.Full + "/social-care", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [TestCase("/patients/" + Demo.Full + "/social-care?full=case-notes", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [TestCase("/patients/" + Demo.Unavailable + "/social-care", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [TestCase("/patients/" + Demo.Full + "/social-care/access-history", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [TestCase("/api/v1/patients/" + Demo.Full + "/social-care", "application/json; charset=utf-8", "{")]
    [TestCase("/api/v1/patients/" + Demo.Full + "/social-care/tab", "application/json; charset=utf-8", "{")]
    [TestCase("/api/v1/patients/" + Demo.Full + "/social-care/access-history", "application/json; charset=utf-8", "{")]
    [TestCase("/api/v1/patients/" + Demo.Unavailable + "/social-care", "application/problem+json", "{")]
    public async Task Answer_with_personal_data_is_never_compressed(string path, string contentType, string start)
    {
        var answer = await Client.GetAsync(path, PatientOf(path), ("Accept-Encoding", "br, gzip, deflate, zstd, *"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ContentType, Is.EqualTo(contentType));
            Assert.That(answer.Header("Content-Encoding"), Is.Null);
            Assert.That(answer.Body, Does.StartWith(start));
        }
    }

    private static string PatientOf(string path) => path.Contains(Demo.Full, StringComparison.Ordinal) ? Demo.Full : Demo.Unavailable;
}
