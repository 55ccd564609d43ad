namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

/// <summary>The answer to <c>GET /api/clients</c> with the NHS number in <c>X-Nhs-No</c>; one client may be listed more than once.</summary>
internal sealed record ClientSearchDto(IReadOnlyList<ClientDto?>? Results);
