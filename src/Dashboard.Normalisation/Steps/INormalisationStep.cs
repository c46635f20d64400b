namespace Dashboard.Normalisation;

/// <summary>One rewrite of the text. The result maps each output character back into <c>input</c>.</summary>
internal interface INormalisationStep
{
    MappedText Apply(string input);
}
