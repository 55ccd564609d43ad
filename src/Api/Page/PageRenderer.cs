using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace SocialCare.Api.Page;

/// <summary>
/// Renders one of the page's components to a string with <see cref="HtmlRenderer"/> (no MVC, no
/// <c>AddRazorComponents</c>): into a buffer first, so that a render that throws has written nothing and the answer
/// can still be a 500. The components take everything as parameters and inject nothing, so the renderer needs no
/// services of the host's; each render has a renderer of its own, as each request would. The one service it is given
/// is its encoder: HTML-encoding over all of Unicode, so that the page's own words ("–", "’") stay characters rather
/// than references, while <c>&lt;</c>, <c>&amp;</c>, quotes and the unsafe characters are still encoded.
/// </summary>
internal static class PageRenderer
{
    private static readonly IServiceProvider RendererServices = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var renderer = new HtmlRenderer(RendererServices, NullLoggerFactory.Instance);
        await using (renderer.ConfigureAwait(false))
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                // On the dispatcher throughout: the output is read where it was rendered.
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(true);
                using var html = new StringWriter(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
                output.WriteHtmlTo(html);
                return html.ToString();
            }).ConfigureAwait(false);
        }
    }
}
