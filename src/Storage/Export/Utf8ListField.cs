namespace JobTagger.Storage.Export;

/// <summary>
/// A CSV list column built as UTF-8: values joined with <c>"; "</c> into one reused buffer, as
/// <see cref="ListFieldBuilder"/> does with text.
/// </summary>
internal sealed class Utf8ListField
{
    private byte[] _bytes = new byte[1024];
    private int _length;
    private bool _any;

    public ReadOnlySpan<byte> Value => _bytes.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _any = false;
    }

    /// <summary>Room for a value of at most <paramref name="maxLength"/> bytes, after the separator; then <see cref="Advance"/>.</summary>
    public Span<byte> Next(int maxLength)
    {
        var needed = _length + maxLength + 2;
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }

        if (_any)
        {
            _bytes[_length++] = (byte)';';
            _bytes[_length++] = (byte)' ';
        }

        _any = true;
        return _bytes.AsSpan(_length);
    }

    public void Advance(int written) => _length += written;
}
