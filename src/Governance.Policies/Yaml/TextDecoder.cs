using System.Text;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Yaml;

/// <summary>Turns file bytes into text: size cap, strict UTF-8, no NUL bytes, a leading BOM tolerated.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="content"/>, or returns null and adds a diagnostic.</summary>
    public static string? Decode(string path, byte[] content, List<Diagnostic> diagnostics)
    {
        var location = new SourceLocation(path, 0, 0);
        if (content.Length > YamlLimits.MaxBytes)
        {
            diagnostics.Add(new(location, $"file is too large ({content.Length} bytes; the limit is {YamlLimits.MaxBytes} bytes)"));
            return null;
        }

        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Contains((byte)0))
        {
            diagnostics.Add(new(location, "not a UTF-8 text file (it contains NUL bytes)"));
            return null;
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new(location, "not a UTF-8 text file (it contains invalid UTF-8 bytes)"));
            return null;
        }
    }

    /// <summary>Reads a file's bytes, or returns null with a <c>file not found</c> / I/O diagnostic.</summary>
    public static byte[]? ReadFile(string path, List<Diagnostic> diagnostics)
    {
        var location = new SourceLocation(path, 0, 0);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(new(location, Directory.Exists(path) ? "is a directory, not a file" : "file not found"));
                return null;
            }

            if (Loading.InputFileCheck.NotRegular(path) is { } notRegular)
            {
                diagnostics.Add(new(location, notRegular));
                return null;
            }

            if (info.Length > YamlLimits.MaxBytes)
            {
                diagnostics.Add(new(location, $"file is too large ({info.Length} bytes; the limit is {YamlLimits.MaxBytes} bytes)"));
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new(location, $"cannot read file: {ex.Message}"));
            return null;
        }
    }
}
