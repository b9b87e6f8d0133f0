import Foundation

/// What went wrong in decoding a JSON answer, in a few words.
enum DecodingFailure {
    /// The field and the fault: `updated: not an RFC 3339 date: …`, `missing field title`.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            (context.codingPath.last.map { "\($0.stringValue): " } ?? "") + context.debugDescription
        default: "invalid JSON"
        }
    }
}
