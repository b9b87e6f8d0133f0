import Foundation

/// An opaque cursor into one of the two change streams: base64url (no
/// padding) of `a1:<seq>` for articles or `s1:<seq>` for state, where `seq`
/// is the last change number the client has. An article cursor whose stream
/// started after tombstones had been pruned also carries the horizon of that
/// start, `a1:<seq>:<base>`: the client cannot have missed those tombstones.
struct StreamCursor: Sendable, Equatable {
    /// Which stream a cursor belongs to; the prefix also versions the format.
    enum Stream: String, Sendable {
        case articles = "a1"
        case state = "s1"
    }

    let stream: Stream
    let seq: Int64
    /// The retention horizon when the stream was started without a cursor.
    let base: Int64

    /// The text handed out as `next_cursor`.
    var encoded: String {
        let plain = base == 0 ? "\(stream.rawValue):\(seq)" : "\(stream.rawValue):\(seq):\(base)"
        return Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Creates the cursor after change `seq` of `stream`, in a stream started at horizon `base`.
    init(stream: Stream, seq: Int64, base: Int64 = 0) {
        self.stream = stream
        self.seq = seq
        self.base = base
    }

    /// Reads a cursor of `stream`.
    /// - throws: ``APIError`` 400 when `text` is not one.
    init(decoding text: String, stream: Stream) throws(APIError) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let plain = String(data: data, encoding: .utf8),
            case let parts = plain.split(separator: ":", omittingEmptySubsequences: false),
            (2...3).contains(parts.count), parts[0] == stream.rawValue,
            let seq = Int64(parts[1]), seq >= 0,
            let base = parts.count == 3 ? Int64(parts[2]) : 0, base >= 0
        else {
            throw APIError.badRequest("the cursor is not valid for this stream; use a next_cursor from this endpoint")
        }
        self.init(stream: stream, seq: seq, base: base)
    }
}
