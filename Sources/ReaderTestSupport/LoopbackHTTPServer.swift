public import Foundation
import Glibc
import Synchronization

/// A small HTTP/1.1 server on loopback addresses, for the transport tests and
/// the end-to-end tests of `reader` against servers that misbehave on purpose.
///
/// It listens on a port the kernel picks, on 127.0.0.1 or on several loopback
/// addresses at once (all of 127/8 reaches this machine, so `127.0.0.2` is
/// another host to a client), serves each connection on a thread of its own
/// with keep-alive, answers with whatever `route` says, and records every
/// request with the number of the connection it came on, and how many
/// connections it accepted and held open at once, in all and per address.
///
/// For example:
///
/// ```swift
/// let server = try LoopbackHTTPServer(route: CannedRoutes.reply)
/// defer { server.stop() }
/// let url = server.url("/plain")
/// ```
public final class LoopbackHTTPServer: Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        /// `GET`, `POST`, ...
        public var method: String
        /// The request target, such as `/plain`.
        public var path: String
        /// Header fields, names lowercased.
        public var headers: [String: String]
        /// The body, read by `Content-Length`.
        public var body: Data
        /// Which accepted connection it came on, counting from 1.
        public var connection: Int
        /// The loopback address it came to, such as `127.0.0.1`.
        public var address: String
    }

    /// How to answer a request.
    public enum Reply: Sendable {
        /// A complete response with a `Content-Length`.
        case response(status: Int, headers: [String: String] = [:], body: Data = Data())
        /// Status and headers promising `declaredLength` bytes, then only
        /// `body`, then the connection closes.
        case truncated(declaredLength: Int, body: Data)
        /// A body with no length, ended by closing the connection.
        case bodyUntilClose(Data)
        /// No answer: waits until the client hangs up or `seconds` pass.
        case stall(seconds: Double)
        /// `reply`, after `seconds`.
        indirect case delayed(seconds: Double, reply: Reply)
        /// A 200 with a `Content-Length`, whose body goes out one byte
        /// every `interval` seconds until it is all sent or the client hangs up.
        case trickle(body: Data, interval: Double)
    }

    private struct State {
        var requests: [Request] = []
        var connections = 0
        /// Each open connection's socket, with the address it came to.
        var openSockets: [Int32: String] = [:]
        var mostOpenSockets = 0
        var mostOpenPerAddress: [String: Int] = [:]
        var isStopped = false
    }

    /// The port the server listens on, on every one of its addresses.
    public let port: Int
    private let listeners: [(socket: Int32, address: String)]
    private let route: @Sendable (Request) -> Reply
    private let state = Mutex(State())

    /// Starts listening on `addresses` (loopback addresses, one port for all)
    /// and accepting on a background thread per address.
    /// - throws: `POSIXError` if a socket cannot be set up.
    public init(addresses: [String] = ["127.0.0.1"], route: @escaping @Sendable (Request) -> Reply) throws {
        precondition(!addresses.isEmpty && addresses.allSatisfy { $0.hasPrefix("127.") }, "loopback addresses only")
        var listeners: [(socket: Int32, address: String)] = []
        var port = 0
        do {
            for address in addresses {
                let bound = try Self.bind(address, port: port)
                listeners.append((bound.socket, address))
                port = bound.port
                guard listen(bound.socket, 64) == 0 else { throw Self.lastError() }
            }
        } catch {
            for listener in listeners { close(listener.socket) }
            throw error
        }
        self.listeners = listeners
        self.port = port
        self.route = route
        for listener in listeners {
            Thread { [self] in acceptLoop(listener.socket, address: listener.address) }.start()
        }
    }

    /// The absolute URL of `path` on this server, at `address`.
    public func url(_ path: String, on address: String = "127.0.0.1") -> String { "http://\(address):\(port)\(path)" }

    /// Every request received so far, in order.
    public var requests: [Request] { state.withLock { $0.requests } }

    /// How many connections the server has accepted so far.
    public var acceptedConnections: Int { state.withLock { $0.connections } }

    /// The most connections that were open at once so far; a connection
    /// counts until the server notices the client hung up, or hangs up itself.
    public var mostOpenConnections: Int { state.withLock { $0.mostOpenSockets } }

    /// The most connections to `address` that were open at once so far.
    public func mostOpenConnections(on address: String) -> Int {
        state.withLock { $0.mostOpenPerAddress[address] ?? 0 }
    }

    /// Stops accepting and hangs up every open connection.
    public func stop() {
        state.withLock { state in
            guard !state.isStopped else { return }
            state.isStopped = true
            // Wakes each `accept`; the accepting threads close the listeners.
            for listener in listeners { shutdown(listener.socket, Int32(SHUT_RDWR)) }
            for socket in state.openSockets.keys { shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }

    /// A loopback port that nothing listens on: bound by a socket, then closed.
    public static func unusedPort() throws -> Int {
        let (socket, port) = try bind("127.0.0.1", port: 0)
        close(socket)
        return port
    }

    // MARK: - Connections

    private func acceptLoop(_ listener: Int32, address: String) {
        defer {
            state.withLock { state in
                state.isStopped = true
                close(listener)
            }
        }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0, errno == EINTR || errno == ECONNABORTED { continue }
            guard client >= 0 else { return }
            let connection: Int? = state.withLock { state in
                guard !state.isStopped else { return nil }
                state.connections += 1
                state.openSockets[client] = address
                // A client that hung up a moment ago may not have been noticed
                // by its serving thread yet: count only connections still up.
                let open = state.openSockets.filter { !Self.hasHungUp($0.key) }
                state.mostOpenSockets = max(state.mostOpenSockets, open.count)
                let here = open.values.filter { $0 == address }.count
                state.mostOpenPerAddress[address] = max(state.mostOpenPerAddress[address] ?? 0, here)
                return state.connections
            }
            guard let connection else {
                close(client)
                return
            }
            Thread { [self] in serve(client, connection: connection, address: address) }.start()
        }
    }

    private func serve(_ client: Int32, connection: Int, address: String) {
        defer {
            state.withLock { _ = $0.openSockets.removeValue(forKey: client) }
            close(client)
        }
        var buffer = Data()
        while let request = Self.readRequest(from: client, buffer: &buffer, connection: connection, address: address) {
            state.withLock { $0.requests.append(request) }
            guard answer(route(request), on: client) else { return }
        }
    }

    /// Writes `reply`; returns whether the connection stays open.
    private func answer(_ reply: Reply, on client: Int32) -> Bool {
        switch reply {
        case .response(let status, let headers, let body):
            var fields = headers
            fields["Content-Length"] = String(body.count)
            return Self.send(Self.head(status: status, headers: fields) + body, to: client)
        case .truncated(let declaredLength, let body):
            _ = Self.send(Self.head(status: 200, headers: ["Content-Length": String(declaredLength)]) + body, to: client)
            return false
        case .bodyUntilClose(let body):
            _ = Self.send(Self.head(status: 200, headers: ["Connection": "close"]) + body, to: client)
            return false
        case .stall(let seconds):
            var descriptor = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, Int32(seconds * 1000))
            return false
        case .delayed(let seconds, let reply):
            Thread.sleep(forTimeInterval: seconds)
            return answer(reply, on: client)
        case .trickle(let body, let interval):
            guard Self.send(Self.head(status: 200, headers: ["Content-Length": String(body.count)]), to: client) else {
                return false
            }
            for byte in body {
                Thread.sleep(forTimeInterval: interval)
                guard Self.send(Data([byte]), to: client) else { return false }
            }
            return true
        }
    }

    /// Whether the client of `socket` has closed its end (checked without waiting).
    private static func hasHungUp(_ socket: Int32) -> Bool {
        var byte: UInt8 = 0
        return recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) == 0
    }

    // MARK: - Wire format

    private static func head(status: Int, headers: [String: String]) -> Data {
        var text = "HTTP/1.1 \(status) Canned\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    /// Reads one request, keeping bytes past its end in `buffer`; `nil` when
    /// the client hangs up first.
    private static func readRequest(from client: Int32, buffer: inout Data, connection: Int, address: String) -> Request? {
        let separator = Data("\r\n\r\n".utf8)
        var headEnd = buffer.range(of: separator)
        while headEnd == nil {
            guard receive(from: client, into: &buffer) else { return nil }
            headEnd = buffer.range(of: separator)
        }
        guard let headEnd else { return nil }
        let lines = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let bodyLength = headers["content-length"].flatMap { Int($0) } ?? 0
        buffer.removeSubrange(..<headEnd.upperBound)
        while buffer.count < bodyLength {
            guard receive(from: client, into: &buffer) else { return nil }
        }
        let body = Data(buffer.prefix(bodyLength))
        buffer.removeFirst(bodyLength)
        return Request(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body,
            connection: connection, address: address)
    }

    private static func receive(from client: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(client, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private static func send(_ data: Data, to client: Int32) -> Bool {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(client, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }

    // MARK: - Sockets

    /// A socket bound to `host` and `port` (0: one the kernel picks), and the port it got.
    private static func bind(_ host: String, port: Int) throws -> (socket: Int32, port: Int) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw lastError() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr(host)
        address.sin_port = UInt16(port).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                Glibc.bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else {
            let error = lastError()
            close(socket)
            throw error
        }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }

    private static func lastError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
