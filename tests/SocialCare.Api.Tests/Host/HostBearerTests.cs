using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// The Host's JWT bearer authentication behind its demo seam: with neither the demo header nor the cookie, the viewer
/// is the bearer token's subject, as in a production host.
/// </summary>
public class HostBearerTests
{
    private const string Issuer = "https://issuer.test";
    private const string Audience = "social-care";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private DemoHostFactory _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new DemoHostFactory
    {
        // The Host's own AddJwtBearer, given keys the test can sign with instead of an authority to fetch them from.
        TestServices = services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.TokenValidationParameters = new TokenValidationParameters { ValidIssuer = Issuer, ValidAudience = Audience, IssuerSigningKey = _key }),
    };

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Bearer_subject_is_the_viewer_when_no_demo_viewer_is_chosen()
    {
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("demo-full", _key));

        var answer = await client.GetAsync(Routes.View(Demo.Full), viewer: null);

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Token_signed_with_another_key_leaves_the_request_unauthenticated()
    {
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("demo-full", new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32))));

        var answer = await client.GetAsync(Routes.View(Demo.Full), viewer: null);

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    private static string Token(string subject, SecurityKey key) => BearerTokens.Sign(subject, Issuer, Audience, key);
}
