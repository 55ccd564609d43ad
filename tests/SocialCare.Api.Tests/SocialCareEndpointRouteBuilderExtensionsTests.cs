using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Api.Tests;

public class SocialCareEndpointRouteBuilderExtensionsTests
{
    [TestCase("social")]
    [TestCase("/social/")]
    [TestCase("/")]
    [TestCase("/{tenant}")]
    public async Task Prefix_that_is_not_a_plain_path_is_refused(string prefix)
    {
        await using var app = App(addSocialCare: true);

        Assert.That(() => app.MapSocialCare(prefix), Throws.ArgumentException.With.Property("ParamName").EqualTo("prefix"));
    }

    [Test]
    public async Task Mapping_without_adding_socialcare_says_what_to_call()
    {
        await using var app = App(addSocialCare: false);

        Assert.That(() => app.MapSocialCare(), Throws.InvalidOperationException.With.Message.Contains("AddSocialCare"));
    }

    private static WebApplication App(bool addSocialCare)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (addSocialCare)
        {
            builder.Services.AddSocialCare(new ConfigurationBuilder().Build());
        }

        return builder.Build();
    }
}
