namespace SocialCare.Host.Hardening;

/// <summary>
/// Puts <see cref="HostResponseHeaders"/> and <see cref="LoopbackHostFilter"/> in front of everything, ASP.NET Core's
/// own host filtering included, so that even its 400 carries the headers. Registered first among the startup filters
/// (<see cref="AddHostHardening"/>): the first registered is the outermost.
/// </summary>
internal sealed class HostHardeningStartupFilter : IStartupFilter
{
    public static void AddHostHardening(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, HostHardeningStartupFilter>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<HostResponseHeaders>();
        app.UseMiddleware<LoopbackHostFilter>();
        next(app);
    };
}
