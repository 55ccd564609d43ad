using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SocialCare.Host.Demo;

/// <summary>Renders <see cref="StartPage"/> with <see cref="HtmlRenderer"/> into a string, which the endpoint then writes.</summary>
internal static class StartPageRenderer
{
    public static async Task<string> RenderAsync(string? viewer, IServiceProvider services)
    {
        var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        await using (renderer.ConfigureAwait(false))
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(StartPage.Viewer)] = viewer });
                var output = await renderer.RenderComponentAsync<StartPage>(parameters).ConfigureAwait(true);
                return output.ToHtmlString();
            }).ConfigureAwait(false);
        }
    }
}
