extern alias api;
extern alias host;

using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace SocialCare.ArchitectureTests;

/// <summary>
/// No <see cref="MarkupString"/> is built from data (issue 13): Razor encodes everything else, so this is the rule
/// that keeps data from becoming markup on SocialCare's pages and the Host's start page.
/// </summary>
public class MarkupStringTests
{
    private static readonly Assembly[] Pages =
    [
        typeof(api::SocialCare.Api.Page.Components.PageLayout).Assembly,
        typeof(host::SocialCare.Host.Demo.StartPage).Assembly,
    ];

    [TestCaseSource(nameof(Pages))]
    public void No_markup_string_is_built_from_data(Assembly assembly) =>
        Assert.That(MarkupStringScan.FromData(assembly), Is.Empty);

    [Test]
    public void Scan_finds_a_markup_string_built_from_data_by_constructor_or_cast_and_passes_a_literal() =>
        Assert.That(
            MarkupStringScan.FromData(typeof(MarkupStringSamples).Assembly).Where(m => m.StartsWith(typeof(MarkupStringSamples).FullName!, StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { $"{typeof(MarkupStringSamples).FullName}.{nameof(MarkupStringSamples.ByConstructor)}", $"{typeof(MarkupStringSamples).FullName}.{nameof(MarkupStringSamples.ByCast)}" }));

    [Test]
    public void Scan_sees_every_markup_string_built_in_the_samples() =>
        Assert.That(MarkupStringScan.Builds(typeof(MarkupStringSamples).Assembly), Is.EqualTo(3));
}
