using Dashboard.Normalisation;

namespace Dashboard.Normalisation.Tests;

/// <summary>One normaliser for all tests, loaded from the OpenCC tables the build copies under lexicon/opencc.</summary>
internal static class Normalisers
{
    public static TextNormaliser Default { get; } = TextNormaliser.LoadDefault();

    public static string Normalise(string raw) => Default.Normalise(raw).Text;
}
