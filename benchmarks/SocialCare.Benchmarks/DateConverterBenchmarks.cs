using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Benchmarks;

/// <summary>
/// ADR 0010: what reading a Mosaic date costs, per value, over 5,000 values in one JSON array: the converter (the JSON
/// reader's own parsing, the offset found, London's date taken) against the reader's <c>TryGetDateTimeOffset</c> alone,
/// which is the floor. Date-times are in the sandbox's shape (<c>2026-06-30T08:15:00Z</c>), one in ten near midnight
/// UTC (London's zone is asked) and one in ten with <c>+01:00</c>; dates are <c>yyyy-MM-dd</c>. The hand-written
/// parser this replaced was measured against the same values at commit 3ecd2cf (the ADR gives the command).
/// </summary>
[MemoryDiagnoser]
public class DateConverterBenchmarks
{
    private const int Values = 5000;
    private readonly MosaicDateConverter _converter = new();
    private byte[] _json = [];

    [Params("date-times", "dates")]
    public string Shape { get; set; } = "date-times";

    [GlobalSetup]
    public void Prepare()
    {
        var origin = new DateOnly(2026, 6, 30);
        var values = Enumerable.Range(0, Values).Select(i =>
        {
            var day = origin.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Shape == "dates" ? day : (i % 10) switch
            {
                0 => day + "T23:30:00Z",
                1 => day + $"T{8 + (i % 10):D2}:{i % 60:D2}:00+01:00",
                _ => day + $"T{8 + (i % 10):D2}:{i % 60:D2}:00Z",
            };
        });
        _json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values.ToArray()));
        // Only the values at 23:30Z may move, to London's next day in summer.
        var moved = Converter() - ReaderAlone();
        if (moved < 0 || moved > Values / 10 || (Shape == "dates" && moved != 0))
        {
            throw new InvalidOperationException($"The converter and the reader disagree by {moved} days over {Values} values.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Values, Description = "MosaicDateConverter")]
    public long Converter()
    {
        var reader = new Utf8JsonReader(_json);
        var sum = 0L;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                sum += _converter.Read(ref reader, typeof(DateOnly), JsonSerializerOptions.Default).DayNumber;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Values, Description = "The reader's TryGetDateTimeOffset alone (no London)")]
    public long ReaderAlone()
    {
        var reader = new Utf8JsonReader(_json);
        var sum = 0L;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
            {
                sum += DateOnly.FromDateTime(value.DateTime).DayNumber;
            }
        }

        return sum;
    }
}
