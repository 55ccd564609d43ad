namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>The answer to <c>GET api/clients</c>; one client may be listed more than once.</summary>
internal sealed record ClientSearchDto(IReadOnlyList<ClientDto?>? Results);
