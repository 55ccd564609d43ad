using SocialCare.Baseline;

namespace SocialCare.Load.ReferenceEndpoint;

/// <summary>
/// One baseline client per authority, all on one <see cref="HttpClient"/>, as a hand-written service would hold them:
/// each keeps its token for the life of the process.
/// </summary>
public sealed class ReferenceClients
{
    private const string ClientId = "sandbox-client";
    private const string ClientSecret = "sandbox-secret";

    private readonly Dictionary<string, BaselineMosaicClient> _byAuthority;

    public ReferenceClients(HttpClient http, Uri sandbox, IEnumerable<string> authorities)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(authorities);
        _byAuthority = authorities.ToDictionary(
            code => code,
            code => new BaselineMosaicClient(http, new Uri(sandbox, code + "/"), new Uri(sandbox, code + "/oauth/token"), ClientId, ClientSecret),
            StringComparer.Ordinal);
    }

    public async Task<List<BaselineRecord>> GetRecordsAsync(ReferencePatient patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var records = await Task.WhenAll(patient.Authorities.Select(code => _byAuthority[code].GetRecordAsync(patient.NhsNumber, cancellationToken))).ConfigureAwait(false);
        return [.. records];
    }
}
