using Microsoft.AspNetCore.Components;

namespace SocialCare.ArchitectureTests;

/// <summary>What <see cref="MarkupStringScan"/> must catch (the first two) and let pass (the last), for its own tests.</summary>
public static class MarkupStringSamples
{
    public static MarkupString ByConstructor(string data) => new(data);

    public static MarkupString ByCast(string data) => (MarkupString)data;

    public static MarkupString FromLiteral() => new("<br>");
}
