import Foundation
import ReaderCore
import ReaderCurl
import ReaderURLSession

/// The transport `reader` syncs through: libcurl, unless the test switch
/// `READER_TRANSPORT=urlsession` picks `URLSessionTransport`, so that the
/// end-to-end tests can run every sync through both.
enum TransportSwitch {
    /// The environment variable that picks the transport.
    static let variable = "READER_TRANSPORT"

    /// The transport `READER_TRANSPORT` names (`curl` when unset or empty),
    /// with at most `connections` open at once, `connectionsPerHost` to one host.
    /// - throws: ``UnknownTransport`` for any other value.
    static func transport(connections: Int, connectionsPerHost: Int) throws -> any HTTPTransport {
        switch ProcessInfo.processInfo.environment[variable] ?? "" {
        case "", "curl":
            CurlTransport(
                userAgent: "Reader/\(ReaderVersion.current) (libcurl)", maxConnectionsPerHost: connectionsPerHost,
                maxConnections: connections)
        case "urlsession":
            URLSessionTransport(
                userAgent: "Reader/\(ReaderVersion.current) (URLSession)", maxConnectionsPerHost: connectionsPerHost)
        case let other:
            throw UnknownTransport(name: other)
        }
    }
}

/// `READER_TRANSPORT` names no transport.
struct UnknownTransport: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(TransportSwitch.variable) must be curl or urlsession, not '\(name)'" }
}
