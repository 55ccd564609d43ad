using SocialCare.Load.OpenLoop;

namespace SocialCare.Load.Tests.OpenLoop;

public class OpenLoopOptionsTests
{
    [Test]
    public void Reads_url_rate_duration_and_repeated_headers()
    {
        var options = OpenLoopOptions.Parse(
            ["--url", "http://127.0.0.1:5080/x", "--rate", "250.5", "--duration", "12", "--header", "X-Demo-Viewer: demo-full", "--header", "A:b"]);

        Assert.That(
            (options.Url.Port, options.Rate, options.Duration, options.Headers.Select(h => h.Key + "=" + h.Value)),
            Is.EqualTo((5080, 250.5, TimeSpan.FromSeconds(12), new[] { "X-Demo-Viewer=demo-full", "A=b" })));
    }

    [TestCase("http://example.org/")]
    [TestCase("http://10.0.0.1:5080/")]
    [TestCase("ftp://127.0.0.1/")]
    public void A_url_off_this_machine_is_refused(string url) =>
        Assert.That(() => OpenLoopOptions.Parse(["--url", url, "--rate", "1"]), Throws.ArgumentException);

    [TestCase("--rate", "0")]
    [TestCase("--rate", "-3")]
    [TestCase("--duration", "soon")]
    [TestCase("--unknown", "1")]
    public void A_bad_argument_is_refused(string name, string value) =>
        Assert.That(() => OpenLoopOptions.Parse(["--url", "http://127.0.0.1/", "--rate", "1", name, value]), Throws.ArgumentException);
}
