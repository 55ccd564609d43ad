using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;

namespace SocialCare.Api.Tests.Embedding;

/// <summary>Every authority knows everyone and shares one worker: enough to show a record without any Mosaic.</summary>
internal sealed class StubMosaicGateway : IMosaicGateway
{
    public const string WorkerName = "Wren Example";

    public Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken) =>
        Task.FromResult<MosaicLookup>(new MosaicLookup.Found(new SocialCareRecord(
            authority,
            DateTimeOffset.UtcNow,
            [new SocialWorker(WorkerName, "Adults Team", null, WorkerRelationship.AllocatedWorker)],
            [],
            [],
            [],
            [])));
}
