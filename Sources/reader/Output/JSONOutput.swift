import Foundation

/// JSON as every `--json` option prints it: pretty, keys sorted, slashes plain.
enum JSONOutput {
    /// Pretty-printed JSON text of `value`, with no control character left
    /// raw: `JSONEncoder` escapes C0 controls, and DEL and the C1 controls
    /// (which a terminal may also obey, U+009B is CSI) are escaped here as
    /// `\u007f` ... `\u009f`, so the values decode exactly as they were.
    static func text(of value: some Encodable) throws -> JSONText {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                escaped.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return JSONText(text: String(escaped))
    }
}

/// JSON text that `print` writes exactly as it is, not as display text.
struct JSONText {
    /// The JSON.
    var text: String
}
