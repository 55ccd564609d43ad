extern alias api;

using System.Reflection;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.ArchitectureTests;

/// <summary>The layers of src, each anchored by a type it is known to hold.</summary>
public enum Layer
{
    Domain,
    Application,
    InfrastructureMosaic,
    InfrastructureAudit,
    InfrastructureRedis,
    InfrastructureOpenTelemetry,
    Api,
}

internal static class Layers
{
    public static Assembly Assembly(this Layer layer) => layer switch
    {
        Layer.Domain => typeof(NhsNumber).Assembly,
        Layer.Application => typeof(GetSocialCareQuery).Assembly,
        Layer.InfrastructureMosaic => typeof(MosaicOptions).Assembly,
        Layer.InfrastructureAudit => typeof(Microsoft.Extensions.DependencyInjection.SocialCareAuditServiceCollectionExtensions).Assembly,
        Layer.InfrastructureRedis => typeof(Microsoft.Extensions.DependencyInjection.SocialCareRedisServiceCollectionExtensions).Assembly,
        Layer.InfrastructureOpenTelemetry => typeof(OpenTelemetry.Trace.SocialCareTracerProviderBuilderExtensions).Assembly,
        Layer.Api => typeof(api::Microsoft.Extensions.DependencyInjection.SocialCareServiceCollectionExtensions).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };

    public static string Namespace(this Layer layer) => layer.Assembly().GetName().Name!;

    public static IEnumerable<Layer> All => Enum.GetValues<Layer>();
}
