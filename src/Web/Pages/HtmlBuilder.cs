using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace JobTagger.Web.Pages;

/// <summary>
/// Builds a page. Markup written by us goes through <see cref="Raw"/>; every value (posting text is data from the
/// internet) goes through <see cref="Text(string?)"/>, which HTML-encodes it, quotes included, so it is safe in attributes too.
/// </summary>
internal sealed class HtmlBuilder
{
    // All of Unicode passes through readable; HtmlEncoder still encodes markup characters and quotes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new(8 * 1024);

    public HtmlBuilder Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _builder.Append(Encoder.Encode(value));
        }

        return this;
    }

    public HtmlBuilder Text(ReadOnlySpan<char> value) => Text(value.ToString());

    public override string ToString() => _builder.ToString();
}
