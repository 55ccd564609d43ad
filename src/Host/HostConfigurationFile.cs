using Microsoft.Extensions.Configuration.Json;

namespace SocialCare.Host;

/// <summary>
/// One more JSON configuration file, named by <c>ConfigurationFile</c> (command line <c>--ConfigurationFile=council.json</c>
/// or the environment): how an operator adds a region, a council and its demo seed (<c>SocialCare:Sandbox:SeedPath</c>)
/// without a rebuild. It goes after appsettings.{Environment}.json, so that its entries add to or replace the shipped
/// ones by index, and before the environment and the command line, which still win.
/// </summary>
internal static class HostConfigurationFile
{
    public const string Key = "ConfigurationFile";

    public static void Add(ConfigurationManager configuration, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(configuration[Key]))
        {
            return;
        }

        var path = Path.GetFullPath(configuration[Key]!, environment.ContentRootPath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Key} names {path}, which does not exist.");
        }

        var source = new JsonConfigurationSource { Path = path, Optional = false };
        source.ResolveFileProvider();
        var lastAppSettings = configuration.Sources
            .Select((s, i) => (Source: s, Index: i))
            .LastOrDefault(x => x.Source is JsonConfigurationSource { Path: { } p } && p.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        configuration.Sources.Insert(lastAppSettings.Source is null ? configuration.Sources.Count : lastAppSettings.Index + 1, source);
    }
}
