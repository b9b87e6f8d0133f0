import Foundation

/// JSON as every `--json` option prints it: pretty, keys sorted, slashes plain.
enum JSONOutput {
    /// Pretty-printed JSON text of `value`.
    static func text(of value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
