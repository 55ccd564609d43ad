using System.Globalization;
using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using static SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus.HostileClass;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// The envelopes' members (<see cref="ContractField.PageFields"/>, <see cref="ContractField.SearchFields"/>,
/// <see cref="ContractField.PersonFields"/>) given the mutation table's values, and paging: an envelope that cannot
/// be read makes the authority unavailable; a person search that can is found, not found, not shared or several persons.
/// </summary>
internal static class EnvelopeMutations
{
    private const string List = "case-notes";
    private static readonly HostileExpectation Malformed = HostileExpectation.Unavailable(UnavailableReason.MalformedResponse);

    public static IEnumerable<HostileCase> All() =>
        ContractField.PageFields().SelectMany(PageField)
            .Concat(Paging())
            .Concat(ContractField.SearchFields().SelectMany(SearchField))
            .Concat(ContractField.PersonFields().SelectMany(PersonField))
            .Concat(Persons());

    private static IEnumerable<HostileCase> PageField(ContractField field)
    {
        var clean = Councils.Page(CleanCouncil.Items[List]);
        HostileCase Row(string @class, string what, string? raw, HostileExpectation expected, string? repeat = null) =>
            new(@class, $"page.{field.JsonName}: {what}", Councils.List(List, Councils.Json(RawJson.With(clean, field.JsonName, raw, repeat))), expected);

        var items = field.Kind == FieldKind.Array;
        foreach (var (what, raw) in items
            ? new[] { ("a string", RawJson.Quote(RawJson.Sentinel)), ("an object", "{}"), ("a number", "42"), ("true", "true") }
            : [("a string", "\"1\""), ("an object", "{}"), ("an array", "[]"), ("true", "true")])
        {
            yield return Row(WrongJsonType, what, raw, Malformed);
        }

        // items is required; page is a number that cannot be null; the others may be missing or null.
        yield return Row(Null, "null", "null", items || field.Property == "Page" ? Malformed : HostileExpectation.Clean);
        yield return Row(Missing, "missing", null, items ? Malformed : HostileExpectation.Clean);
        yield return Row(Empty, items ? "an empty array" : "an empty string", items ? "[]" : "\"\"", items ? HostileExpectation.ItemHidden(List) : Malformed);
        yield return Row(HugeValue, "1 MiB long", RawJson.Long(1024 * 1024, 'h'), Malformed);
        yield return Row(DeepNesting, "1,000 arrays deep", RawJson.Nested(1000), Malformed);
        yield return Row(InvalidUtf8, "a string with bytes that are not UTF-8", $"\"1{RawJson.InvalidUtf8}\"", Malformed);
        yield return Row(DuplicateKeys, "twice", items ? "[]" : "1", Malformed, repeat: items ? $"[{CleanCouncil.Items[List]}]" : "2");
        if (items)
        {
            yield return Row(DeepNesting, "an item 20 arrays deep", $"[{RawJson.Nested(20)}]", HostileExpectation.Found(dropped: 1, List, shown: 0));
            yield break;
        }

        foreach (var number in new[] { "2147483648", "-2147483649", "1e400", "99999999999999999999999999", "1.5", "1e2" })
        {
            yield return Row(OverflowingNumbers, number, number, Malformed);
        }

        if (field.Property != "NextPage")
        {
            yield return Row(WrongValue, "negative", "-1", HostileExpectation.Clean);
        }
    }

    private static IEnumerable<HostileCase> Paging()
    {
        var clean = CleanCouncil.Items[List];
        HostileCase Row(string @class, string what, Func<int, HostileAnswer> page, HostileExpectation expected) =>
            new(@class, $"{List}: {what}", Councils.Pages(List, page), expected);
        HostileAnswer Page(int page, string next, string? items = null, int totalItems = 2, int? says = null) =>
            Councils.Json(Councils.Page(items ?? Councils.Item(List, "CN-" + page.ToString(CultureInfo.InvariantCulture)), says ?? page, next, totalItems));

        yield return Row(NextPageLoops, "nextPage is the page itself", p => Page(p, "1"), Malformed);
        yield return Row(NextPageLoops, "nextPage is 0", p => Page(p, "0"), Malformed);
        yield return Row(NextPageLoops, "nextPage is -1", p => Page(p, "-1"), Malformed);
        yield return Row(NextPageLoops, "page 2 points back to page 1", p => Page(p, p == 1 ? "2" : "1"), Malformed);
        yield return Row(NextPageLoops, "page 1 jumps to 3, which points back to 2", p => Page(p, p == 1 ? "3" : "2"), Malformed);
        yield return Row(NextPageLoops, "page 1 says it is page 5 and points to 3", p => Page(p, "3", says: 5), Malformed);
        yield return Row(NextPageJumps, "page 1 jumps to 50", p => Page(p, p == 1 ? "50" : "null"), HostileExpectation.Found(list: List, shown: 2));
        yield return Row(NextPageJumps, "page 1 jumps to 2147483647", p => Page(p, p == 1 ? "2147483647" : "null"), HostileExpectation.Found(list: List, shown: 2));
        yield return Row(HostileClass.Paging, "the same item on two pages (shown once)", p => Page(p, p == 1 ? "2" : "null", items: clean), HostileExpectation.Clean);
        yield return Row(HostileClass.Paging, "101 pages of one item, 150 said in all: 100 read, 50 counted as not read", p => Page(p, (p + 1).ToString(CultureInfo.InvariantCulture), totalItems: 150), HostileExpectation.Found(dropped: 50, List, shown: 100));
        yield return Row(HostileClass.Paging, "101 pages, no total: one counted as not read", p => Page(p, (p + 1).ToString(CultureInfo.InvariantCulture), totalItems: 0), HostileExpectation.Found(dropped: 1, List, shown: 100));

        // Any envelope member the contract does not have is skipped, whatever it holds, within the reader's depth.
        var extra = RawJson.With(Councils.Page(clean), "zz" + RawJson.Sentinel, $$"""{"text":"{{RawJson.Sentinel}}","deep":{{RawJson.Nested(60)}}}""");
        yield return Row(ExtraFields, "envelope members the contract does not have", _ => Councils.Json(extra), HostileExpectation.Clean);
        yield return Row(HugeValue, "an unknown envelope member 1 MiB long", _ => Councils.Json(RawJson.With(Councils.Page(clean), "zz", RawJson.Long(1024 * 1024, 'h'))), HostileExpectation.Clean);
        yield return Row(DeepNesting, "an unknown envelope member 100 arrays deep", _ => Councils.Json(RawJson.With(Councils.Page(clean), "zz", RawJson.Nested(100))), Malformed);

        foreach (var list in CleanCouncil.Items.Keys)
        {
            yield return new(Missing, $"{list}: no items member", Councils.List(list, Councils.Json("""{"page":1,"nextPage":null}""")), Malformed);
        }
    }

    private static IEnumerable<HostileCase> SearchField(ContractField field)
    {
        HostileCase Row(string @class, string what, string? raw, HostileExpectation expected, string? repeat = null) =>
            new(@class, $"search.{field.JsonName}: {what}", Councils.Search(RawJson.With(CleanCouncil.PersonSearch, field.JsonName, raw, repeat)), expected);

        yield return Row(WrongJsonType, "an object", "{}", Malformed);
        yield return Row(WrongJsonType, "a string", RawJson.Quote(RawJson.Sentinel), Malformed);
        yield return Row(WrongJsonType, "a number", "42", Malformed);
        yield return Row(WrongJsonType, "a person that is a number", "[42]", Malformed);
        yield return Row(Null, "null", "null", Malformed);
        yield return Row(Null, "a person that is null", "[null]", Malformed);
        yield return Row(Missing, "missing", null, Malformed);
        yield return Row(Empty, "no persons", "[]", HostileExpectation.NotFound);
        yield return Row(HugeValue, "1 MiB long", RawJson.Long(1024 * 1024, 'h'), Malformed);
        yield return Row(DeepNesting, "1,000 arrays deep", RawJson.Nested(1000), Malformed);
        yield return Row(DuplicateKeys, "twice, empty first", "[]", Malformed, repeat: "[" + Person() + "]");
    }

    private static IEnumerable<HostileCase> PersonField(ContractField field)
    {
        var absent = field.Role switch
        {
            FieldRole.PersonId => Malformed,
            FieldRole.Consent => HostileExpectation.NotShared,
            _ => HostileExpectation.Clean,
        };
        HostileCase Row(string @class, string what, string? raw, HostileExpectation expected, string? repeat = null) =>
            new(@class, $"person.{field.JsonName}: {what}", Councils.Search(Search(RawJson.With(Person(), field.JsonName, raw, repeat))), expected);

        yield return Row(WrongJsonType, "a number", "42", Malformed);
        yield return Row(WrongJsonType, "true", "true", Malformed);
        yield return Row(WrongJsonType, "an object", "{}", Malformed);
        yield return Row(WrongJsonType, "an array", "[]", Malformed);
        yield return Row(Null, "null", "null", absent);
        yield return Row(Missing, "missing", null, absent);
        yield return Row(Empty, "an empty string", "\"\"", absent);
        yield return Row(Empty, "spaces", "\"   \"", absent);
        yield return Row(HugeValue, "1 MiB long", RawJson.Long(1024 * 1024, 'h'), absent);
        yield return Row(DeepNesting, "1,000 arrays deep", RawJson.Nested(1000), Malformed);
        yield return Row(InvalidUtf8, "bytes that are not UTF-8", $"\"ab{RawJson.InvalidUtf8}cd\"", Malformed);
        var clean = RawJson.Members(Person()).Single(m => m.Name == field.JsonName).Raw;
        yield return Row(DuplicateKeys, "twice, the same", clean, Malformed, repeat: clean);
        yield return Row(DuplicateKeys, "twice, null first", "null", Malformed, repeat: clean);
        if (field.HidingValue is { } hiding)
        {
            yield return Row(DuplicateKeys, $"{hiding}, then given", RawJson.Quote(hiding), Malformed, repeat: clean);
            yield return Row(WrongValue, hiding, RawJson.Quote(hiding), HostileExpectation.NotShared);
        }

        if (field.Role == FieldRole.Consent)
        {
            yield return Row(WrongValue, "GIVEN (consent is read ignoring case)", "\"GIVEN\"", HostileExpectation.Clean);
            yield return Row(WrongValue, "\" given\"", "\" given\"", HostileExpectation.NotShared);
            yield return Row(WrongValue, "\"yes\"", "\"yes\"", HostileExpectation.NotShared);
        }

        if (field.Role == FieldRole.PersonId)
        {
            foreach (var id in new[] { ".", "..", "a/b", "a\\b", "a\u0001b", new string('p', 257) })
            {
                yield return Row(WrongValue, $"{RawJson.Quote(id[..Math.Min(id.Length, 12)])} (not one path segment, or longer than 256)", RawJson.Quote(id), Malformed);
            }

            yield return Row(WrongValue, "\"a b?c#d\" (escaped into the path)", "\"a b?c#d\"", HostileExpectation.Clean);
            yield return Row(WrongValue, "256 characters", RawJson.Quote(new string('p', 256)), HostileExpectation.Clean);
        }
    }

    private static IEnumerable<HostileCase> Persons()
    {
        var given = Person();
        var withheld = RawJson.With(given, "consentToShareWithThirdParties", "\"withheld\"");
        var other = RawJson.With(given, "personId", "\"MOS-4712-P\"");
        HostileCase Row(string @class, string what, string json, HostileExpectation expected) => new(@class, $"persons: {what}", Councils.Search(json), expected);

        yield return Row(DuplicateKeys, "one person listed twice, both given", Search(given + "," + given), HostileExpectation.Clean);
        yield return Row(DuplicateKeys, "one person listed twice, once withheld", Search(given + "," + withheld), HostileExpectation.NotShared);
        yield return Row(WrongValue, "two persons", Search(given + "," + other), HostileExpectation.SeveralPersons);
        yield return Row(WrongValue, "1,000 persons", Search(string.Join(',', Enumerable.Range(0, 1000).Select(i => RawJson.With(given, "personId", RawJson.Quote("MOS-" + i.ToString(CultureInfo.InvariantCulture)))))), HostileExpectation.SeveralPersons);
        yield return Row(ExtraFields, "members the contract does not have, in the person and the envelope", RawJson.With(Search(RawJson.With(given, "name", RawJson.Quote(RawJson.Sentinel))), "zz", RawJson.Quote(RawJson.Sentinel)), HostileExpectation.Clean);
    }

    private static string Person() => RawJson.Members(CleanCouncil.PersonSearch).Single().Raw.TrimStart('[').TrimEnd(']');

    private static string Search(string persons) => "{\"persons\":[" + persons + "]}";
}
