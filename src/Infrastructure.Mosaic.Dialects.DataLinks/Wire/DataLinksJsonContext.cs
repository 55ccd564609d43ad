using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>Source-generated readers (no reflection) in camelCase; a member given twice is refused, not overwritten.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DataDto))]
[JsonSerializable(typeof(PersonDto))]
[JsonSerializable(typeof(WorkerDto))]
[JsonSerializable(typeof(ServiceDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(NoteDto))]
[JsonSerializable(typeof(NeedDto))]
internal sealed partial class DataLinksJsonContext : JsonSerializerContext;
