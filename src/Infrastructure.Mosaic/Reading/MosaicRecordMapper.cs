using Riok.Mapperly.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>
/// Contract items to domain records, generated at compile time. Strict: a DTO member that is neither mapped nor
/// ignored here, or an enum value without a partner, fails the build (RMG012/RMG020/RMG037/RMG038), so a new field
/// cannot reach the page, or be dropped, without someone deciding it here. Items reach it already checked by
/// <see cref="MosaicRecordReader"/>: required values are present.
/// </summary>
[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName, RequiredMappingStrategy = RequiredMappingStrategy.Both)]
internal static partial class MosaicRecordMapper
{
    [MapperIgnoreSource(nameof(WorkerRelationshipDto.Id))]
    [MapperIgnoreSource(nameof(WorkerRelationshipDto.Type))]
    [MapperIgnoreSource(nameof(WorkerRelationshipDto.StartDate))]
    [MapperIgnoreSource(nameof(WorkerRelationshipDto.EndDate))]
    [MapProperty(nameof(WorkerRelationshipDto.WorkerName), nameof(SocialWorker.Name))]
    public static partial SocialWorker ToSocialWorker(WorkerRelationshipDto item, WorkerRelationship relationship);

    [MapperIgnoreSource(nameof(ServiceAgreementDto.Id))]
    [MapperIgnoreSource(nameof(ServiceAgreementDto.Status))]
    public static partial CarePackage ToCarePackage(ServiceAgreementDto item);

    [MapperIgnoreSource(nameof(AssessmentDto.Id))]
    [MapperIgnoreSource(nameof(AssessmentDto.Status))]
    [MapProperty(nameof(AssessmentDto.CompletedDate), nameof(AssessmentSummary.CompletedOn))]
    public static partial AssessmentSummary ToAssessment(AssessmentDto item);

    [MapperIgnoreSource(nameof(CaseNoteDto.Id))]
    [MapperIgnoreSource(nameof(CaseNoteDto.Type))]
    [MapperIgnoreSource(nameof(CaseNoteDto.Status))]
    [MapProperty(nameof(CaseNoteDto.CompletedDate), nameof(CaseNoteMeta.CompletedOn))]
    [MapProperty(nameof(CaseNoteDto.EffectiveDate), nameof(CaseNoteMeta.EffectiveFrom))]
    public static partial CaseNoteMeta ToCaseNote(CaseNoteDto item);

    [MapperIgnoreSource(nameof(CommunicationNeedDto.Id))]
    [MapperIgnoreSource(nameof(CommunicationNeedDto.EndDate))]
    [MapProperty(nameof(CommunicationNeedDto.RecordedDate), nameof(CommunicationNeed.RecordedOn))]
    public static partial CommunicationNeed ToCommunicationNeed(CommunicationNeedDto item);

    private static partial CommunicationNeedCategory ToCategory(CommunicationCategory category);
}
