using System.Buffers;
using System.Text;
using CsvHelper;

namespace JobTagger.Storage.Export;

/// <summary>
/// Where an export goes: UTF-8 bytes to a stream (files: no UTF-16 round trip) or text to a <see cref="TextWriter"/>
/// (standard output, tests). Rows are formatted into one reused buffer that is written out in 64 KiB pieces.
/// </summary>
internal sealed class ExportSink
{
    private const int FlushAt = 64 * 1024;

    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private char[] _chars = [];

    public ExportSink(Stream stream) => _stream = stream;

    public ExportSink(TextWriter text) => _text = text;

    /// <summary>Rows are written here; call <see cref="FlushIfFullAsync"/> after each.</summary>
    public IBufferWriter<byte> Buffer => _buffer;

    public CsvWriter CreateCsv(CsvWriterOptions options) =>
        _stream is not null ? CsvWriter.Create(_stream, options, leaveOpen: true) : CsvWriter.Create(_text!, options, leaveOpen: true);

    public void WriteAscii(ReadOnlySpan<byte> ascii) => _buffer.Write(ascii);

    public ValueTask FlushIfFullAsync(CancellationToken ct) =>
        _buffer.WrittenCount >= FlushAt ? WriteOutAsync(ct) : ValueTask.CompletedTask;

    public async Task CompleteAsync(CancellationToken ct)
    {
        await WriteOutAsync(ct);
        if (_stream is not null)
        {
            await _stream.FlushAsync(ct);
        }
        else
        {
            await _text!.FlushAsync(ct);
        }
    }

    // Pieces end at row ends, so they never split a UTF-8 sequence.
    private async ValueTask WriteOutAsync(CancellationToken ct)
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        if (_stream is not null)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, ct);
        }
        else
        {
            var needed = Encoding.UTF8.GetMaxCharCount(_buffer.WrittenCount);
            if (_chars.Length < needed)
            {
                _chars = new char[needed];
            }

            var length = Encoding.UTF8.GetChars(_buffer.WrittenSpan, _chars);
            await _text!.WriteAsync(_chars.AsMemory(0, length), ct);
        }

        _buffer.ResetWrittenCount();
    }
}
