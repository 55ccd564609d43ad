namespace SocialCare.Host.Demo;

/// <summary>The start page and the persona switcher, with the same protective headers as SocialCare's own routes.</summary>
internal static class DemoEndpoints
{
    private const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void MapDemo(this WebApplication app)
    {
        app.MapGet(StartPage.Path, (HttpContext context, DemoPatients patients) =>
        {
            Protect(context.Response);
            var viewer = context.Request.Cookies[DemoViewerResolver.CookieName];
            return Results.Content(StartPage.Render(string.IsNullOrEmpty(viewer) ? null : viewer, patients), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        // A plain form post read by hand: the demo has no antiforgery set-up, and switching persona is harmless.
        app.MapPost(StartPage.SwitchPath, async (HttpContext context) =>
        {
            Protect(context.Response);
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            var viewer = form?["viewer"].ToString();
            if (string.IsNullOrEmpty(viewer))
            {
                context.Response.Cookies.Delete(DemoViewerResolver.CookieName);
            }
            else
            {
                context.Response.Cookies.Append(DemoViewerResolver.CookieName, viewer, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    IsEssential = true,
                    Path = "/",
                });
            }

            return Results.Redirect(StartPage.Path);
        }).ExcludeFromDescription();
    }

    private static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
