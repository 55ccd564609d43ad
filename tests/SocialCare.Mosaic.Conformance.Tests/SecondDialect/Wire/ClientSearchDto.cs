namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

/// <summary>The answer to <c>GET /api/clients?nhs_no=…</c>.</summary>
internal sealed record ClientSearchDto(IReadOnlyList<ClientDto?>? Results);
