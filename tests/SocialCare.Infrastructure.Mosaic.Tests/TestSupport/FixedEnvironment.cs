using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>A host environment of a given name, as a host registers it.</summary>
internal sealed class FixedEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "SocialCare.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
