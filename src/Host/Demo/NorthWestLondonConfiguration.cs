using Microsoft.Extensions.Configuration.Json;

namespace SocialCare.Host.Demo;

/// <summary>
/// The pilot's councils ship as <c>socialcare.north-west-london.json</c> (all disabled, no URL). It goes in before
/// appsettings.json, so that appsettings.{Environment}.json, the environment and the command line can enable and
/// point them by index.
/// </summary>
internal static class NorthWestLondonConfiguration
{
    public const string FileName = "socialcare.north-west-london.json";

    public static void AddBeforeAppSettings(ConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, FileName), Optional = false };
        source.ResolveFileProvider();
        var appSettings = configuration.Sources
            .Select((s, i) => (Source: s, Index: i))
            .FirstOrDefault(x => x.Source is JsonConfigurationSource { Path: "appsettings.json" });
        if (appSettings.Source is null)
        {
            configuration.Sources.Add(source);
        }
        else
        {
            configuration.Sources.Insert(appSettings.Index, source);
        }
    }
}
