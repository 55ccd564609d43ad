using System.Text.Json;

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>
/// Every answer: <c>{"data": […], "links": {"next": …}}</c>. Items stay raw until read one by one, so that one broken
/// item drops only itself; they are read only through the item DTOs, which have no member for contents or text.
/// </summary>
internal sealed record DataDto(JsonElement? Data, LinksDto? Links);
