using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>The dialects a host registered, by name; an entry without <c>Dialect</c> speaks the standard contract.</summary>
internal sealed class MosaicDialects(IEnumerable<MosaicDialect> dialects)
{
    private readonly IReadOnlyList<MosaicDialect> _dialects = dialects.ToList();

    public IReadOnlyList<MosaicDialect> All => _dialects;

    /// <summary>The dialect <paramref name="authority"/> names, or null when none registered has that name.</summary>
    public MosaicDialect? For(MosaicAuthorityOptions authority) => Named(NameOf(authority));

    public MosaicDialect? Named(string name) =>
        _dialects.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string NameOf(MosaicAuthorityOptions authority) =>
        string.IsNullOrWhiteSpace(authority.Dialect) ? StandardMosaicDialect.DialectName : authority.Dialect.Trim();
}
