using System.Text.Json;

namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>
/// The answer to <c>GET api/clients/{ref}/summary</c>. Items stay raw until read one by one, so that one broken item
/// drops only itself; they are read only through the item DTOs, which have no member for contents, titles or text.
/// </summary>
internal sealed record ClientSummaryDto(JsonElement? Workers, JsonElement? Packages, JsonElement? Assessments, JsonElement? CaseNotes, JsonElement? CommNeeds);
