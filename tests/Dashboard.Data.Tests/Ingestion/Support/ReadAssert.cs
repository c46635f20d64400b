using Dashboard.Data.Ingestion;

namespace Dashboard.Data.Tests.Ingestion;

/// <summary>Assertions that say what a read gave when it gave the other thing.</summary>
internal static class ReadAssert
{
    public static IncomingText Accepted(ReadResult result)
    {
        if (result is ImportRefusal refusal)
        {
            Assert.Fail($"expected text, got a refusal: {refusal.MessageKey}: {refusal.Message}");
        }

        return Assert.IsType<IncomingText>(result);
    }

    public static ImportRefusal Refused(ReadResult result, ImportRefusalReason reason, string messageKey)
    {
        if (result is IncomingText text)
        {
            Assert.Fail($"expected a refusal ({messageKey}), got text in {text.Encoding}: {text.Text[..Math.Min(80, text.Text.Length)]}");
        }

        var refusal = Assert.IsType<ImportRefusal>(result);
        Assert.Equal(messageKey, refusal.MessageKey);
        Assert.Equal(reason, refusal.Reason);
        Assert.Contains(refusal.FileName, refusal.Message, StringComparison.Ordinal);
        return refusal;
    }
}
