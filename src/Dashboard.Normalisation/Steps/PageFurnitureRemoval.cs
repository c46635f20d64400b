namespace Dashboard.Normalisation;

/// <summary>Drops whole lines of web-page furniture (see <see cref="PageFurniturePatterns"/>), line break included.</summary>
internal sealed class PageFurnitureRemoval : INormalisationStep
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        var lineStart = 0;
        while (lineStart < input.Length)
        {
            var lineBreak = input.IndexOf('\n', lineStart);
            var lineEnd = lineBreak < 0 ? input.Length : lineBreak;
            var next = lineBreak < 0 ? input.Length : lineBreak + 1;
            if (!PageFurniturePatterns.IsFurniture(input.AsSpan(lineStart, lineEnd - lineStart)))
            {
                output.Copy(input, lineStart, next - lineStart);
            }

            lineStart = next;
        }

        return output.Build();
    }
}
