import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HTTPURLResponse {
    /// The header fields with lowercased names; fields whose names differ
    /// only in case are joined with `", "`.
    var lowercasedFields: [String: String] {
        var fields: [String: String] = [:]
        for (name, value) in allHeaderFields {
            guard let name = name as? String, let value = value as? String else { continue }
            let key = name.lowercased()
            fields[key] = fields[key].map { "\($0), \(value)" } ?? value
        }
        return fields
    }

    /// The bytes this response took on the wire, as far as they can be known
    /// here: its status line and fields as HTTP/1.1 writes them (the reason
    /// phrase left out), and its body's `Content-Length` if it has one,
    /// else `bodyBytes`.
    func wireSize(bodyBytes: Int) -> Int {
        let statusLine = "HTTP/1.1 \(statusCode) \r\n".utf8.count
        let fields = allHeaderFields.reduce(0) { total, field in
            total + "\(field.key): \(field.value)\r\n".utf8.count
        }
        let body = expectedContentLength >= 0 ? Int(expectedContentLength) : bodyBytes
        return statusLine + fields + 2 + body
    }
}
