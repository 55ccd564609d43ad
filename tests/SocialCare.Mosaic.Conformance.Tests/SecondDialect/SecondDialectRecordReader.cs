using System.Text.Json;
using SocialCare.Domain.Records;
using SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// Applies spec §4 to a client summary: keeps what may be shown, drops and counts what cannot be read, shows an item
/// listed twice once. Unknown relationship types are not shown and not counted, as in our contract.
/// </summary>
internal sealed class SecondDialectRecordReader(DateOnly today, JsonSerializerOptions options)
{
    private int _unreadable;

    public int UnreadableItems => _unreadable;

    public IReadOnlyList<SocialWorker> Workers(IReadOnlyList<JsonElement> items) => Read<WorkerDto, SocialWorker>(items, dto => dto.RelId, dto =>
    {
        WorkerRelationship? relationship = dto.RelType switch
        {
            "ALLOC" => WorkerRelationship.AllocatedWorker,
            "KEYW" => WorkerRelationship.KeyWorker,
            "SOCW" => WorkerRelationship.SocialWorker,
            _ => null,
        };
        if (string.IsNullOrEmpty(dto.RelType))
        {
            return Unreadable<SocialWorker>();
        }

        if (relationship is null)
        {
            return Hidden<SocialWorker>();
        }

        if (string.IsNullOrEmpty(dto.WorkerName) || !TryRequired(dto.From, out var start) || !TryOptional(dto.To, out var end))
        {
            return Unreadable<SocialWorker>();
        }

        return start <= today && (end is null || end >= today)
            ? Shown(new SocialWorker(dto.WorkerName, dto.TeamName, dto.Phone, relationship.Value))
            : Hidden<SocialWorker>();
    });

    public IReadOnlyList<CarePackage> Packages(IReadOnlyList<JsonElement> items) => Read<PackageDto, CarePackage>(items, dto => dto.PkgId, dto =>
    {
        switch (dto.PkgStatus)
        {
            case "PROP" or "CANC":
                return Hidden<CarePackage>();
            case not ("ACTV" or "ENDD"):
                return Unreadable<CarePackage>();
        }

        return TryRequired(dto.From, out var start) && TryOptional(dto.To, out var end)
            ? Shown(new CarePackage(start, end, dto.Provider, dto.Freq, dto.ServiceName))
            : Unreadable<CarePackage>();
    });

    public IReadOnlyList<AssessmentSummary> Assessments(IReadOnlyList<JsonElement> items) => Read<AssessmentDto, AssessmentSummary>(items, dto => dto.AsmtId, dto =>
    {
        switch (dto.AsmtStatus)
        {
            case "INCM" or "PROG" or "REOP":
                return Hidden<AssessmentSummary>();
            case not "COMP":
                return Unreadable<AssessmentSummary>();
        }

        return !string.IsNullOrEmpty(dto.AsmtName) && TryRequired(dto.CompletedAt, out var completed)
            ? Shown(new AssessmentSummary(dto.AsmtName, completed))
            : Unreadable<AssessmentSummary>();
    });

    public IReadOnlyList<CaseNoteMeta> CaseNotes(IReadOnlyList<JsonElement> items) => Read<CaseNoteDto, CaseNoteMeta>(items, dto => dto.NoteId, dto =>
    {
        switch (dto.NoteStatus)
        {
            case "DRFT" or "TOUT" or "DELD":
                return Hidden<CaseNoteMeta>();
            case not "COMP":
                return Unreadable<CaseNoteMeta>();
        }

        return TryRequired(dto.CompletedAt, out var completed) && TryRequired(dto.EffectiveAt, out var effective)
            ? Shown(new CaseNoteMeta(completed, effective))
            : Unreadable<CaseNoteMeta>();
    });

    public IReadOnlyList<CommunicationNeed> Needs(IReadOnlyList<JsonElement> items) => Read<CommNeedDto, CommunicationNeed>(items, dto => dto.NeedId, dto =>
    {
        CommunicationNeedCategory? category = dto.NeedCategory switch
        {
            "CONTACT" => CommunicationNeedCategory.ContactMethod,
            "FORMAT" => CommunicationNeedCategory.InformationFormat,
            "SUPPORT" => CommunicationNeedCategory.CommunicationSupport,
            "PROFESSIONAL" => CommunicationNeedCategory.CommunicationProfessional,
            _ => null,
        };
        if (category is null || string.IsNullOrEmpty(dto.NeedText) || !TryOptional(dto.RecordedOn, out var recorded) || !TryOptional(dto.EndsOn, out var end))
        {
            return Unreadable<CommunicationNeed>();
        }

        return end is null || end >= today
            ? Shown(new CommunicationNeed(category.Value, dto.NeedText, recorded))
            : Hidden<CommunicationNeed>();
    });

    private static (bool Readable, T? Shown) Shown<T>(T item) => (true, item);

    private static (bool Readable, T? Shown) Hidden<T>() => (true, default);

    private static (bool Readable, T? Shown) Unreadable<T>() => (false, default);

    private static bool TryRequired(string? text, out DateOnly date)
    {
        date = default;
        return text is not null && SecondDialectDates.TryRead(text, out date);
    }

    private static bool TryOptional(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!SecondDialectDates.TryRead(text, out var read))
        {
            return false;
        }

        date = read;
        return true;
    }

    private List<TShown> Read<TDto, TShown>(IReadOnlyList<JsonElement> items, Func<TDto, string?> idOf, Func<TDto, (bool Readable, TShown? Shown)> read)
        where TDto : class
        where TShown : class
    {
        var shown = new List<TShown>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            TDto? dto;
            try
            {
                dto = item.ValueKind == JsonValueKind.Object ? item.Deserialize<TDto>(options) : null;
            }
            catch (JsonException)
            {
                dto = null;
            }

            var id = dto is null ? null : idOf(dto);
            if (dto is null || string.IsNullOrEmpty(id))
            {
                _unreadable++;
                continue;
            }

            if (!seen.Add(id))
            {
                continue;
            }

            var (readable, shownItem) = read(dto);
            if (!readable)
            {
                _unreadable++;
            }
            else if (shownItem is not null)
            {
                shown.Add(shownItem);
            }
        }

        return shown;
    }
}
