using Dashboard.Web.Services;

namespace Dashboard.Web.Tests;

public sealed class CsvTextTests
{
    [Fact]
    public void Csv_starts_with_a_byte_order_mark_so_Excel_reads_Chinese_as_UTF8()
    {
        var text = CsvText.Write([["地区", "Hits"], ["绥化市", "12"]]);

        Assert.Equal('\uFEFF', text[0]);
        Assert.Equal("\uFEFF地区,Hits\r\n绥化市,12\r\n", text);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted()
    {
        var text = CsvText.Write([["a,b", "say \"hi\"", "two\nlines", "plain"]]);

        Assert.Equal("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n", text);
    }
}
