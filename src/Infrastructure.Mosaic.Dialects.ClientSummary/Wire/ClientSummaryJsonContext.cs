using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>Source-generated readers (no reflection) in snake_case; a member given twice is refused, not overwritten.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ClientSearchDto))]
[JsonSerializable(typeof(ClientSummaryDto))]
[JsonSerializable(typeof(WorkerDto))]
[JsonSerializable(typeof(PackageDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(CaseNoteDto))]
[JsonSerializable(typeof(CommNeedDto))]
internal sealed partial class ClientSummaryJsonContext : JsonSerializerContext;
