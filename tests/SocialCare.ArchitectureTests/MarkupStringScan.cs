using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Components;

namespace SocialCare.ArchitectureTests;

/// <summary>
/// Finds every place an assembly's IL builds a <see cref="MarkupString"/> (its constructor or its conversion from
/// <c>string</c>, which Razor's <c>@((MarkupString)x)</c> compiles to) from anything but a string literal loaded just
/// before (<c>ldstr</c>: a literal or a constant). A <c>MarkupString</c> is the one way around Razor's encoding, so
/// one built from data would let data become markup.
/// </summary>
internal static class MarkupStringScan
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each method of <paramref name="assembly"/> that builds a <see cref="MarkupString"/> from something other than a literal.</summary>
    public static IReadOnlyList<string> FromData(Assembly assembly) =>
        [.. assembly.GetTypes().SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => m.GetMethodBody() is not null && BuildsFromData(m))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")];

    /// <summary>Every <see cref="MarkupString"/> built in <paramref name="assembly"/>, literal or not (so that a scan that sees none can be told from a scan that sees nothing).</summary>
    public static int Builds(Assembly assembly) =>
        assembly.GetTypes().SelectMany(t => t.GetMethods(Everything).Cast<MethodBase>().Concat(t.GetConstructors(Everything)))
            .Where(m => m.GetMethodBody() is not null)
            .Sum(m => Instructions(m).Count(i => IsMarkupString(i.Target)));

    private static bool BuildsFromData(MethodBase method)
    {
        var previous = default(OpCode);
        foreach (var (opCode, target) in Instructions(method))
        {
            if (IsMarkupString(target) && previous != OpCodes.Ldstr)
            {
                return true;
            }

            previous = opCode;
        }

        return false;
    }

    private static bool IsMarkupString(MethodBase? target) =>
        target?.DeclaringType == typeof(MarkupString) && (target is ConstructorInfo || target.Name is "op_Explicit" or "op_Implicit");

    // The method's instructions, with the method each call or newobj names (null for any other).
    private static List<(OpCode OpCode, MethodBase? Target)> Instructions(MethodBase method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var instructions = new List<(OpCode, MethodBase?)>();
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            MethodBase? target = null;
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                try
                {
                    target = method.Module.ResolveMethod(
                        BitConverter.ToInt32(il, at),
                        method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null,
                        method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (ArgumentException)
                {
                    // A method of a generic instantiation this context cannot name: not MarkupString's, which is not generic.
                }
            }

            at += OperandSize(opCode, il, at);
            instructions.Add((opCode, target));
        }

        return instructions;
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
