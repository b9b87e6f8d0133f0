import Foundation

/// Turns the HTML of feed titles and bodies into text.
///
/// For example:
///
/// ```swift
/// HTMLText.decodeEntities("IP &amp; Patents &#20013;&#x6587;")   // "IP & Patents 中文"
/// HTMLText.plainText(fromHTML: "<p>Yunnan</p><p>IP&nbsp;Week</p>")  // "Yunnan IP Week"
/// ```
///
/// ## Topics
/// - ``decodeEntities(_:)``
/// - ``plainText(fromHTML:)``
public enum HTMLText {
    /// `text` with its HTML character references decoded: named ones of the
    /// common HTML set (`&amp;`, `&nbsp;`, `&eacute;`, `&hellip;`...) and numeric
    /// ones (`&#20013;`, `&#x4E2D;`). Anything else, such as a bare `&`, is kept.
    public static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var text = text
        var output: [UInt8] = []
        text.withUTF8 { input in
            output.reserveCapacity(input.count)
            HTMLEntities.decode(input, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The text of an HTML fragment on one line, for summaries and search: tags
    /// stripped, `<script>`/`<style>` dropped, references decoded, whitespace
    /// (including no-break spaces) collapsed to single spaces, none at the ends.
    public static func plainText(fromHTML html: String) -> String {
        plainText(fromHTML: html, characterLimit: .max)
    }

    /// The plain text of `html`, or at least its first `characterLimit` scalars
    /// (scanning stops soon after: enough to tell whether there is more).
    static func plainText(fromHTML html: String, characterLimit: Int) -> String {
        var builder = PlainTextBuilder(characterLimit: characterLimit)
        HTMLScanner.scan(html, into: &builder)
        return builder.buffer.string
    }

    /// HTML for plain text: special characters escaped, blank-line-separated
    /// paragraphs in `<p>`, other line breaks as `<br>`.
    static func html(fromPlainText text: String) -> String {
        var paragraphs: [[String]] = [[]]
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                paragraphs[paragraphs.count - 1].append(escaped(trimmed))
            } else if !paragraphs[paragraphs.count - 1].isEmpty {
                paragraphs.append([])
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { "<p>" + $0.joined(separator: "<br>") + "</p>" }.joined()
    }

    /// `text` with `&`, `<`, `>` and `"` replaced by entities: safe in HTML and
    /// XML element content and in double-quoted attributes.
    ///
    /// Bytes are looked at, not characters: a quote followed by a combining
    /// mark (`"\u{301}`) is one `Character` that is not `"`, yet it ends an
    /// attribute. The four are ASCII, so no byte of another scalar is one of them.
    ///
    /// It runs on every text node of every article's content, so it scans
    /// the UTF-8 directly: testing each byte against an array of the four
    /// took 9% of the mapping and tagging of `reader-bench micro` in `perf`.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }
}
