using System.Net;
using System.Text;

namespace JobTagger.Ingest.Html;

/// <summary>
/// Accumulates text while walking HTML. Breaks and spaces are only requested and written lazily before the next
/// visible text, so empty elements and trailing markup leave no stray blank lines.
/// </summary>
internal struct TextWriterState(StringBuilder builder)
{
    private int _pendingBreaks;
    private bool _pendingSpace;
    private bool _bulletPending;

    public readonly StringBuilder Builder => builder;

    public void RequestBreak(int breaks)
    {
        // A paragraph inside a list item must not push the item's text away from its bullet.
        if (!_bulletPending)
        {
            _pendingBreaks = Math.Max(_pendingBreaks, breaks);
        }
    }

    public void RequestSpace() => _pendingSpace = true;

    public void StartBullet() => _bulletPending = true;

    public void AppendText(string raw)
    {
        var text = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                _pendingSpace = true;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    builder.Append('\n', _pendingBreaks);
                }
                else if (_pendingSpace && !_bulletPending)
                {
                    builder.Append(' ');
                }
            }

            if (_bulletPending)
            {
                builder.Append(HtmlText.Bullet);
                _bulletPending = false;
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
            builder.Append(c);
        }
    }
}
