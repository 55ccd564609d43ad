using SocialCare.Host.Demo;

namespace SocialCare.Api.Tests.Host;

/// <summary>Sandbox mode listens on this machine only: anyone who can reach the demo can claim any viewer.</summary>
public class LoopbackTests
{
    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    [TestCase("https://127.0.0.2:443")]
    public void Loopback_address_is_allowed(string address) =>
        Assert.That(DemoSandbox.AllLoopback([address]), Is.True);

    [TestCase("http://0.0.0.0:5080")]
    [TestCase("http://+:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://[::]:5080")]
    [TestCase("http://192.168.1.20:5080")]
    [TestCase("http://pkb.example.org:5080")]
    public void Any_other_address_is_refused(string address) =>
        Assert.That(DemoSandbox.AllLoopback(["http://127.0.0.1:5080", address]), Is.False);
}
