import Foundation

extension GReaderWire {
    /// A number that servers write as a JSON number or as a string of one
    /// (`"published": 1700000000`, `"crawlTimeMsec": "1700000000123"`).
    struct LenientNumber: Decodable, Sendable, Equatable {
        /// The number.
        var value: Double

        /// Decodes a number, or a string that holds one.
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                value = number
                return
            }
            let text = try container.decode(String.self)
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(text.prefix(40))")
            }
            value = number
        }
    }
}
