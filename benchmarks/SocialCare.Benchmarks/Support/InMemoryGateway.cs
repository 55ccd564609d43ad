using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;

namespace SocialCare.Benchmarks.Support;

/// <summary>A Mosaic that answers at once with one record and allocates nothing, so that dispatch is what is left.</summary>
public sealed class InMemoryGateway(SocialCareRecord record) : IMosaicGateway
{
    private readonly Task<MosaicLookup> _found = Task.FromResult<MosaicLookup>(new MosaicLookup.Found(record));

    public Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken) => _found;
}
