using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Host.Demo;

/// <summary>
/// The one seed file of synthetic people that the sandbox serves and the demo directory and start page read:
/// <c>SocialCare:Sandbox:SeedPath</c> (relative to the content root) when set, else the seed built into the sandbox.
/// A demo patient of a council added by configuration therefore needs a seed file and no rebuild.
/// </summary>
internal static class DemoSeed
{
    public const string PathKey = "SocialCare:Sandbox:SeedPath";

    public static SandboxSeed Load(IConfiguration configuration, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(configuration[PathKey]))
        {
            return SandboxSeed.LoadDefault();
        }

        var path = Path.GetFullPath(configuration[PathKey]!, environment.ContentRootPath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PathKey} names {path}, which does not exist.");
        }

        return SandboxSeed.Load(path);
    }
}
