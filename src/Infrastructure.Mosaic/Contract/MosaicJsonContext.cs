using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Source-generated readers for every Mosaic response: no reflection, and nothing read that has no member. A member
/// given twice is refused rather than the last one winning (<c>"consent…":"withheld","consent…":"given"</c> would
/// otherwise be read as shared): an item that repeats one is unreadable, an envelope that does is malformed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(MosaicDateConverter),
        typeof(ItemListConverter<WorkerRelationshipDto>),
        typeof(ItemListConverter<ServiceAgreementDto>),
        typeof(ItemListConverter<AssessmentDto>),
        typeof(ItemListConverter<CaseNoteDto>),
        typeof(ItemListConverter<CommunicationNeedDto>),
    ])]
[JsonSerializable(typeof(PersonSearchDto))]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(MosaicPageDto<WorkerRelationshipDto>))]
[JsonSerializable(typeof(MosaicPageDto<ServiceAgreementDto>))]
[JsonSerializable(typeof(MosaicPageDto<AssessmentDto>))]
[JsonSerializable(typeof(MosaicPageDto<CaseNoteDto>))]
[JsonSerializable(typeof(MosaicPageDto<CommunicationNeedDto>))]
[JsonSerializable(typeof(WorkerRelationshipDto))]
[JsonSerializable(typeof(ServiceAgreementDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(CaseNoteDto))]
[JsonSerializable(typeof(CommunicationNeedDto))]
internal sealed partial class MosaicJsonContext : JsonSerializerContext;
