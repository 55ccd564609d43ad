using System.Text.Json;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

/// <summary>
/// The answer to <c>GET /api/clients/{ref}/summary</c>. Items stay raw until read one by one, so that one broken
/// item drops only itself; the raw bytes are never turned into strings except through the item DTOs, which have no
/// member for contents, titles or text.
/// </summary>
internal sealed record ClientSummaryDto(
    IReadOnlyList<JsonElement>? Workers,
    IReadOnlyList<JsonElement>? Packages,
    IReadOnlyList<JsonElement>? Assessments,
    IReadOnlyList<JsonElement>? CaseNotes,
    IReadOnlyList<JsonElement>? CommNeeds);
