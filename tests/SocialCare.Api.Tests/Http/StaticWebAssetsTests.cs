using System.Text.Json;
using SocialCare.Api.Http;

namespace SocialCare.Api.Tests.Http;

/// <summary>
/// The Api is built with the Razor SDK for its page's components, and its <c>wwwroot</c> must stay what ADR 0012 says:
/// embedded resources served by SocialCare's own route, never static web assets that a host would have to serve.
/// </summary>
public class StaticWebAssetsTests
{
    [Test]
    public void Every_file_of_the_api_wwwroot_is_embedded_in_the_assembly()
    {
        var wwwroot = Path.Combine(RepositoryRoot(), "src", "Api", "wwwroot");
        var files = Directory.GetFiles(wwwroot, "*", SearchOption.AllDirectories)
            .Select(f => "SocialCare.Api.wwwroot." + Path.GetRelativePath(wwwroot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        Assert.That(files, Is.Not.Empty);
        Assert.That(typeof(SocialCareAssets).Assembly.GetManifestResourceNames(), Is.SupersetOf(files));
    }

    [Test]
    public void Host_is_given_no_static_web_asset_of_the_api_to_serve()
    {
        // A web project that references a Razor library with static web assets lists them here, under
        // _content/{library}/; the Host's own (the components framework's scripts, since it has a component) may be.
        var manifest = Path.Combine(AppContext.BaseDirectory, "SocialCare.Host.staticwebassets.endpoints.json");
        Assert.That(File.Exists(manifest), Is.True, $"{manifest} is written by every build of the Host");
        var apiFiles = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Api", "wwwroot"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var routes = json.RootElement.GetProperty("Endpoints").EnumerateArray().Select(e => e.GetProperty("Route").GetString()!).ToList();

        Assert.That(
            routes.Where(r => r.StartsWith("_content/SocialCare.Api/", StringComparison.Ordinal) || apiFiles.Any(f => r.EndsWith("/" + f, StringComparison.Ordinal) || r == f)),
            Is.Empty);
    }

    [Test]
    public void Api_build_writes_no_static_web_assets_manifest()
    {
        var obj = Path.Combine(RepositoryRoot(), "src", "Api", "obj");
        var builds = Directory.GetFiles(obj, "SocialCare.Api.dll", SearchOption.AllDirectories);
        Assert.That(builds, Is.Not.Empty, "the Api's intermediate output is where the Razor SDK would write its manifests");

        Assert.That(Directory.GetFileSystemEntries(obj, "*staticwebassets*", SearchOption.AllDirectories), Is.Empty);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialCare.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SocialCare.sln not found above " + AppContext.BaseDirectory);
    }
}
