using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCare.Infrastructure.Audit.Configuration;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// <c>SocialCare:Audit:CreateSchema</c>: the host creates or migrates the schema as it starts, before it serves, and
/// does not start when it cannot. Off by default: then the schema is the operator's step (the migrate command).
/// </summary>
internal sealed class AuditSchemaStartup(AuditSchema schema, IOptions<AuditOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.CreateSchema)
        {
            await schema.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
