using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>SocialCare:FrameAncestors replaces 'self' in every response's frame-ancestors, failures included.</summary>
public class FrameAncestorsTests : DemoHostFixture
{
    private protected override DemoHostFactory CreateHost() => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["SocialCare:FrameAncestors:0"] = "https://pkb.example.org",
            ["SocialCare:FrameAncestors:1"] = "https://*.patientsknowbest.com",
        },
    };

    [TestCase("/api/v1/patients/demo-full/social-care", "demo-full")]
    [TestCase("/api/v1/patients/demo-full/social-care/tab", "demo-full")]
    [TestCase("/patients/demo-full/social-care", "demo-full")]
    [TestCase("/api/v1/patients/demo-full/social-care", null)]
    [TestCase("/patients/demo-full/social-care", "demo-unrelated")]
    public async Task Configured_frame_ancestors_are_the_only_ones(string path, string? viewer)
    {
        var answer = await Client.GetAsync(path, viewer);

        Assert.That(answer.Header("Content-Security-Policy"), Does.EndWith("; frame-ancestors https://pkb.example.org https://*.patientsknowbest.com"));
        Assert.That(answer.Header("Content-Security-Policy"), Does.Not.Contain("frame-ancestors 'self'"));
    }
}
