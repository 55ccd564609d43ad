using System.Reflection;
using System.Text.Json;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// One member of the contract's DTOs, as it appears on the wire, with the role the reader gives it (what its absence
/// does). Read from the DTOs by reflection: a member added to a DTO without a role here fails the corpus.
/// </summary>
internal sealed record ContractField(string List, Type Dto, string Property, string JsonName, FieldKind Kind, FieldRole Role, string? HidingValue)
{
    /// <summary>The lists' item DTOs, by the resource that serves them.</summary>
    public static readonly IReadOnlyDictionary<string, Type> ItemTypes = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["worker-relationships"] = typeof(WorkerRelationshipDto),
        ["service-agreements"] = typeof(ServiceAgreementDto),
        ["assessments"] = typeof(AssessmentDto),
        ["case-notes"] = typeof(CaseNoteDto),
        ["communication-needs"] = typeof(CommunicationNeedDto),
    };

    // What the reader (Reading/MosaicRecordReader) makes of each member; docs/mosaic-contract.md, "What is shown".
    private static readonly Dictionary<(Type Dto, string Property), (FieldRole Role, string? Hiding)> Roles = new()
    {
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.Id))] = (FieldRole.Required, null),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.Type))] = (FieldRole.ShownType, "occupational-therapist"),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.WorkerName))] = (FieldRole.Required, null),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.Team))] = (FieldRole.Optional, null),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.Telephone))] = (FieldRole.Optional, null),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.StartDate))] = (FieldRole.RequiredDate, null),
        [(typeof(WorkerRelationshipDto), nameof(WorkerRelationshipDto.EndDate))] = (FieldRole.EndDate, "2020-06-01"),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.Id))] = (FieldRole.Required, null),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.Status))] = (FieldRole.Required, "proposed"),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.Service))] = (FieldRole.Optional, null),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.Supplier))] = (FieldRole.Optional, null),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.Frequency))] = (FieldRole.Optional, null),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.StartDate))] = (FieldRole.RequiredDate, null),
        [(typeof(ServiceAgreementDto), nameof(ServiceAgreementDto.EndDate))] = (FieldRole.OptionalDate, null),
        [(typeof(AssessmentDto), nameof(AssessmentDto.Id))] = (FieldRole.Required, null),
        [(typeof(AssessmentDto), nameof(AssessmentDto.Name))] = (FieldRole.Required, null),
        [(typeof(AssessmentDto), nameof(AssessmentDto.Status))] = (FieldRole.Required, "in-progress"),
        [(typeof(AssessmentDto), nameof(AssessmentDto.CompletedDate))] = (FieldRole.RequiredDate, null),
        [(typeof(CaseNoteDto), nameof(CaseNoteDto.Id))] = (FieldRole.Required, null),
        [(typeof(CaseNoteDto), nameof(CaseNoteDto.Type))] = (FieldRole.Optional, null),
        [(typeof(CaseNoteDto), nameof(CaseNoteDto.Status))] = (FieldRole.Required, "draft"),
        [(typeof(CaseNoteDto), nameof(CaseNoteDto.CompletedDate))] = (FieldRole.RequiredDate, null),
        [(typeof(CaseNoteDto), nameof(CaseNoteDto.EffectiveDate))] = (FieldRole.RequiredDate, null),
        [(typeof(CommunicationNeedDto), nameof(CommunicationNeedDto.Id))] = (FieldRole.Required, null),
        [(typeof(CommunicationNeedDto), nameof(CommunicationNeedDto.Category))] = (FieldRole.Required, null),
        [(typeof(CommunicationNeedDto), nameof(CommunicationNeedDto.Description))] = (FieldRole.Required, null),
        [(typeof(CommunicationNeedDto), nameof(CommunicationNeedDto.RecordedDate))] = (FieldRole.OptionalDate, null),
        [(typeof(CommunicationNeedDto), nameof(CommunicationNeedDto.EndDate))] = (FieldRole.EndDate, "2020-06-01"),
        [(typeof(PersonDto), nameof(PersonDto.PersonId))] = (FieldRole.PersonId, null),
        [(typeof(PersonDto), nameof(PersonDto.CaseStatus))] = (FieldRole.Optional, null),
        [(typeof(PersonDto), nameof(PersonDto.ConsentToShareWithThirdParties))] = (FieldRole.Consent, "withheld"),
        [(typeof(PersonSearchDto), nameof(PersonSearchDto.Persons))] = (FieldRole.Required, null),
        [(typeof(MosaicPageDto<CaseNoteDto>), nameof(MosaicPageDto<CaseNoteDto>.Items))] = (FieldRole.Required, null),
        [(typeof(MosaicPageDto<CaseNoteDto>), nameof(MosaicPageDto<CaseNoteDto>.Page))] = (FieldRole.Optional, null),
        [(typeof(MosaicPageDto<CaseNoteDto>), nameof(MosaicPageDto<CaseNoteDto>.PageSize))] = (FieldRole.Optional, null),
        [(typeof(MosaicPageDto<CaseNoteDto>), nameof(MosaicPageDto<CaseNoteDto>.NextPage))] = (FieldRole.Optional, null),
        [(typeof(MosaicPageDto<CaseNoteDto>), nameof(MosaicPageDto<CaseNoteDto>.TotalItems))] = (FieldRole.Optional, null),
    };

    /// <summary>The members of each list's items.</summary>
    public static IEnumerable<ContractField> ItemFields() =>
        ItemTypes.SelectMany(pair => Of(pair.Key, pair.Value));

    /// <summary>The members of one person in the person search.</summary>
    public static IEnumerable<ContractField> PersonFields() => Of("persons", typeof(PersonDto));

    /// <summary>The members of the person search's envelope.</summary>
    public static IEnumerable<ContractField> SearchFields() => Of("persons", typeof(PersonSearchDto));

    /// <summary>The members of a page's envelope (the same for every list; case notes' stands for all).</summary>
    public static IEnumerable<ContractField> PageFields() => Of("case-notes", typeof(MosaicPageDto<CaseNoteDto>));

    /// <summary>DTO members the table above gives no role: the corpus refuses to run without one.</summary>
    public static IEnumerable<string> WithoutRole() =>
        ItemTypes.Values.Concat([typeof(PersonDto), typeof(PersonSearchDto), typeof(MosaicPageDto<CaseNoteDto>)])
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (type, p.Name)))
            .Where(member => !Roles.ContainsKey(member))
            .Select(member => $"{member.type.Name}.{member.Name}");

    private static IEnumerable<ContractField> Of(string list, Type dto) =>
        dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property =>
        {
            var (role, hiding) = Roles[(dto, property.Name)];
            return new ContractField(list, dto, property.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name), KindOf(property.PropertyType), role, hiding);
        });

    private static FieldKind KindOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => FieldKind.String,
            _ when underlying == typeof(DateOnly) => FieldKind.Date,
            _ when underlying == typeof(int) => FieldKind.Integer,
            _ when underlying.IsEnum => FieldKind.Enum,
            _ => FieldKind.Array,
        };
    }

    public override string ToString() => $"{Dto.Name.Replace("Dto", "", StringComparison.Ordinal)}.{JsonName}";
}
