using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace JobTagger.Storage.Writing;

/// <summary>
/// The text a row's content hash covers: values joined by U+001F (each one followed by it), in a pooled buffer.
/// A mutable struct: pass it by reference only, and dispose it once.
/// </summary>
internal struct HashText(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public void Add(string? value)
    {
        var needed = _length + (value?.Length ?? 0) + 1;
        if (needed > _chars.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
            _chars.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = bigger;
        }

        value.AsSpan().CopyTo(_chars.AsSpan(_length));
        _length += value?.Length ?? 0;
        _chars[_length++] = '\u001f';
    }

    /// <summary>The first 16 bytes of the SHA-256 of the UTF-8 text.</summary>
    public readonly byte[] Sha256Prefix()
    {
        var chars = _chars.AsSpan(0, _length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(chars, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return hash[..16].ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }
}
