using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// The pilot's councils (spec §5), embedded in this assembly as <c>socialcare.north-west-london.json</c>. Each build
/// of the configuration reads the bytes again: <c>ConfigurationManager</c> rebuilds every source whenever one is
/// added, and a stream can be read only once.
/// </summary>
internal sealed class NorthWestLondonConfigurationSource : IConfigurationSource
{
    public const string ResourceName = "SocialCare.Infrastructure.Mosaic.socialcare.north-west-london.json";

    private static readonly Lazy<byte[]> Bytes = new(Read);

    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new JsonStreamConfigurationProvider(new JsonStreamConfigurationSource { Stream = new MemoryStream(Bytes.Value, writable: false) });

    private static byte[] Read()
    {
        using var stream = typeof(NorthWestLondonConfigurationSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
