using SocialCare.Application.Abstractions;
using static SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus.HostileClass;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// Every member of every list's items (<see cref="ContractField.ItemFields"/>) given every value of the mutation table:
/// one item of the list is the clean one with that member changed, so the row expects it shown, not shown, dropped, or
/// (a value the reader cannot get past) the whole authority unavailable.
/// </summary>
internal static class ItemMutations
{
    public static IEnumerable<HostileCase> All() =>
        ContractField.ItemFields().SelectMany(ForField).Concat(ContractField.ItemTypes.Keys.SelectMany(ForList));

    private static IEnumerable<HostileCase> ForField(ContractField field)
    {
        var list = field.List;
        var dropped = HostileExpectation.ItemDropped(list);
        var malformed = HostileExpectation.Unavailable(UnavailableReason.MalformedResponse);

        HostileCase Row(string @class, string what, string? raw, HostileExpectation expected, string? repeat = null, string[]? text = null) => new(
            @class,
            $"{field}: {what}",
            Councils.List(list, Councils.Json(Councils.Page(RawJson.With(CleanCouncil(list), field.JsonName, raw, repeat)))),
            expected,
            text);

        yield return Row(WrongJsonType, "a number", "42", dropped);
        yield return Row(WrongJsonType, "true", "true", dropped);
        yield return Row(WrongJsonType, "an object", $$"""{"{{RawJson.Sentinel}}":"x"}""", dropped);
        yield return Row(WrongJsonType, "an array", $"[\"{RawJson.Sentinel}\"]", dropped);
        yield return Row(Null, "null", "null", Absent(field));
        yield return Row(Missing, "missing", null, Absent(field));
        yield return Row(Empty, "an empty string", "\"\"", Blank(field));
        yield return Row(Empty, "spaces", "\"   \"", Blank(field));
        yield return Row(HugeValue, "1 MiB long", RawJson.Long(1024 * 1024, 'h'), Long(field), text: ["hhhhhhhhhhhhhhhhhhhh"]);
        yield return Row(DeepNesting, "1,000 arrays deep", RawJson.Nested(1000), malformed);
        yield return Row(DeepNesting, "20 arrays deep", RawJson.Nested(20), dropped);
        yield return Row(InvalidUtf8, "bytes that are not UTF-8", $"\"ab{RawJson.InvalidUtf8}cd\"", dropped);
        yield return Row(DuplicateKeys, "twice, the same", Clean(field), dropped, repeat: Clean(field));
        yield return Row(DuplicateKeys, "twice, null first", "null", dropped, repeat: Clean(field));

        if (field.Kind == FieldKind.Date)
        {
            foreach (var date in new[] { "9999-12-31T23:00:00-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59.9999999-00:01", "10000-01-01", "0000-01-01", "2020-02-30", "2020-13-01", "-0001-01-01", "2020-06-15T24:00:00Z" })
            {
                yield return Row(OverflowingDates, date, RawJson.Quote(date), dropped);
            }

            // An end date is a day to come, so that the item stays current; every other date is long past.
            var year = field.Role == FieldRole.EndDate ? "2999" : "2020";
            yield return Row(Offsets, "+14:00", RawJson.Quote(year + "-06-15T12:00:00+14:00"), HostileExpectation.Clean);
            yield return Row(Offsets, "-14:00", RawJson.Quote(year + "-06-15T12:00:00-14:00"), HostileExpectation.Clean);
            yield return Row(Offsets, "+14:01", RawJson.Quote(year + "-06-15T12:00:00+14:01"), dropped);
            yield return Row(Offsets, "-15:00", RawJson.Quote(year + "-06-15T12:00:00-15:00"), dropped);
            yield return Row(OverflowingDates, "a date in another format", "\"15/06/2020\"", dropped);
        }

        if (field.Kind == FieldKind.Enum)
        {
            yield return Row(WrongValue, "a value the contract does not have", RawJson.Quote(RawJson.Sentinel), dropped);
            yield return Row(WrongValue, "a number where a name is expected", "1", dropped);
        }

        if (field.HidingValue is { } hiding)
        {
            yield return Row(WrongValue, $"{hiding} (read, not shown)", RawJson.Quote(hiding), HostileExpectation.ItemHidden(list));
        }
    }

    /// <summary>Rows about whole items: not objects, repeated, with members the contract does not have.</summary>
    private static IEnumerable<HostileCase> ForList(string list)
    {
        var clean = CleanCouncil(list);
        HostileCase Row(string @class, string what, string items, HostileExpectation expected) =>
            new(@class, $"{list}: {what}", Councils.List(list, Councils.Json(Councils.Page(items))), expected);

        foreach (var (what, raw) in new[] { ("null", "null"), ("a number", "42"), ("a string", RawJson.Quote(RawJson.Sentinel)), ("an array", "[{}]"), ("true", "true") })
        {
            yield return Row(WrongJsonType, $"an item that is {what}, beside a clean one", clean + "," + raw, HostileExpectation.Found(dropped: 1, list));
        }

        yield return Row(ExtraFields, "members the contract does not have", RawJson.With(clean, "zz" + RawJson.Sentinel, $$"""{"text":"{{RawJson.Sentinel}}","nested":[[{"a":"{{RawJson.Sentinel}}"}]]}"""), HostileExpectation.Clean);
        yield return Row(ExtraFields, "title, text, form and contents", RawJson.With(RawJson.With(RawJson.With(clean, "title", RawJson.Quote(RawJson.Sentinel)), "text", RawJson.Quote(RawJson.Sentinel)), "form", $$"""{"q1":"{{RawJson.Sentinel}}"}"""), HostileExpectation.Clean);
        yield return Row(ExtraFields, "an unknown member with bytes that are not UTF-8", RawJson.With(clean, "zz", $"\"{RawJson.Sentinel}{RawJson.InvalidUtf8}\""), HostileExpectation.Clean);
        yield return Row(DuplicateKeys, "the same item twice (shown once)", clean + "," + clean, HostileExpectation.Clean);
        yield return Row(Empty, "no items", "", HostileExpectation.ItemHidden(list));
    }

    private static string CleanCouncil(string list) => SocialCare.HostileMosaic.CleanCouncil.Items[list];

    private static string Clean(ContractField field) =>
        RawJson.Members(CleanCouncil(field.List)).Single(m => m.Name == field.JsonName).Raw is var raw && raw != "null" ? raw : RawJson.Quote("2999-01-01");

    private static HostileExpectation Absent(ContractField field) => field.Role switch
    {
        FieldRole.Required or FieldRole.RequiredDate => HostileExpectation.ItemDropped(field.List),
        FieldRole.ShownType => HostileExpectation.ItemHidden(field.List),
        _ => HostileExpectation.Clean,
    };

    private static HostileExpectation Blank(ContractField field) => field.Kind switch
    {
        FieldKind.String when field.Role == FieldRole.Optional => HostileExpectation.Clean,
        FieldKind.String when field.Role == FieldRole.ShownType => HostileExpectation.ItemHidden(field.List),
        _ => HostileExpectation.ItemDropped(field.List),
    };

    private static HostileExpectation Long(ContractField field) => field.Kind switch
    {
        FieldKind.String when field.Role == FieldRole.ShownType => HostileExpectation.ItemHidden(field.List),
        FieldKind.String => HostileExpectation.Clean,
        _ => HostileExpectation.ItemDropped(field.List),
    };
}
