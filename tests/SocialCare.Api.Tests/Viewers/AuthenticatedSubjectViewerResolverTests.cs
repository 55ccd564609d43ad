using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using SocialCare.Api.Configuration;
using SocialCare.Api.Viewers;

namespace SocialCare.Api.Tests.Viewers;

public class AuthenticatedSubjectViewerResolverTests
{
    [Test]
    public async Task Anonymous_request_has_no_viewer() =>
        Assert.That(await Resolver().ResolveViewerIdAsync(new DefaultHttpContext()), Is.Null);

    [Test]
    public async Task Viewer_is_the_subject_claim()
    {
        var context = new DefaultHttpContext { User = User(new Claim("sub", "viewer-1"), new Claim(ClaimTypes.NameIdentifier, "other")) };

        Assert.That(await Resolver().ResolveViewerIdAsync(context), Is.EqualTo("viewer-1"));
    }

    [Test]
    public async Task Subject_mapped_to_name_identifier_by_jwt_bearer_is_read_too()
    {
        var context = new DefaultHttpContext { User = User(new Claim(ClaimTypes.NameIdentifier, "viewer-2")) };

        Assert.That(await Resolver().ResolveViewerIdAsync(context), Is.EqualTo("viewer-2"));
    }

    [Test]
    public async Task Configured_scheme_is_asked_instead_of_the_default_user()
    {
        var authentication = Substitute.For<IAuthenticationService>();
        var principal = User(new Claim("sub", "from-scheme"));
        authentication.AuthenticateAsync(Arg.Any<HttpContext>(), "Partner")
            .Returns(AuthenticateResult.Success(new AuthenticationTicket(principal, "Partner")));
        var context = new DefaultHttpContext
        {
            User = User(new Claim("sub", "from-default")),
            RequestServices = new ServiceCollection().AddSingleton(authentication).BuildServiceProvider(),
        };

        Assert.That(await Resolver("Partner").ResolveViewerIdAsync(context), Is.EqualTo("from-scheme"));
    }

    [Test]
    public async Task Failed_authentication_of_the_configured_scheme_has_no_viewer()
    {
        var authentication = Substitute.For<IAuthenticationService>();
        authentication.AuthenticateAsync(Arg.Any<HttpContext>(), "Partner").Returns(AuthenticateResult.Fail("expired"));
        var context = new DefaultHttpContext
        {
            User = User(new Claim("sub", "from-default")),
            RequestServices = new ServiceCollection().AddSingleton(authentication).BuildServiceProvider(),
        };

        Assert.That(await Resolver("Partner").ResolveViewerIdAsync(context), Is.Null);
    }

    private static AuthenticatedSubjectViewerResolver Resolver(string? scheme = null) =>
        new(Options.Create(new SocialCareApiOptions { AuthenticationScheme = scheme }));

    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "Test"));
}
