using Riok.Mapperly.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;

namespace SocialCare.Api.Contracts;

/// <summary>
/// Mapperly's mapper from the domain's record types (<c>SocialCareRecord</c>, <c>LocalAuthority</c> and the five
/// lists' items) to the contract's <c>…Response</c> records. Strict: a member added to a record fails the build
/// until it is mapped or ignored here by name, so nothing reaches the JSON by accident.
/// </summary>
[Mapper(
    EnumMappingStrategy = EnumMappingStrategy.ByName,
    EnumNamingStrategy = EnumNamingStrategy.KebabCase,
    RequiredMappingStrategy = RequiredMappingStrategy.Both)]
internal static partial class RecordResponseMapper
{
    public static partial SourceResponse ToResponse(SocialCareRecord record);

    [MapperIgnoreSource(nameof(LocalAuthority.RegionId))]
    public static partial LocalAuthorityResponse ToResponse(LocalAuthority authority);

    private static string FromGssCode(GssCode code) => code.Value;

    private static partial SocialWorkerResponse ToResponse(SocialWorker worker);

    private static partial CarePackageResponse ToResponse(CarePackage package);

    private static partial AssessmentResponse ToResponse(AssessmentSummary assessment);

    private static partial CaseNoteResponse ToResponse(CaseNoteMeta note);

    private static partial CommunicationNeedResponse ToResponse(CommunicationNeed need);
}
