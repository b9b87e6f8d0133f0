import Foundation
import Glibc
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 for the transport tests.
///
/// It listens on a port the kernel picks, serves each connection on a thread
/// of its own with keep-alive, answers with whatever `route` says, and records
/// every request with the number of the connection it came on, and how many
/// connections it accepted and held open at once.
///
/// For example:
///
/// ```swift
/// let server = try LoopbackHTTPServer(route: CannedRoutes.reply)
/// defer { server.stop() }
/// let url = server.url("/plain")
/// ```
final class LoopbackHTTPServer: Sendable {
    /// A request as the server received it.
    struct Request: Sendable {
        /// `GET`, `POST`, ...
        var method: String
        /// The request target, such as `/plain`.
        var path: String
        /// Header fields, names lowercased.
        var headers: [String: String]
        /// The body, read by `Content-Length`.
        var body: Data
        /// Which accepted connection it came on, counting from 1.
        var connection: Int
    }

    /// How to answer a request.
    enum Reply: Sendable {
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
    }

    private struct State {
        var requests: [Request] = []
        var connections = 0
        var openSockets: Set<Int32> = []
        var mostOpenSockets = 0
        var isStopped = false
    }

    /// The port the server listens on.
    let port: Int
    private let listener: Int32
    private let route: @Sendable (Request) -> Reply
    private let state = Mutex(State())

    /// Starts listening on 127.0.0.1 and accepting on a background thread.
    /// - throws: `POSIXError` if the socket cannot be set up.
    init(route: @escaping @Sendable (Request) -> Reply) throws {
        let (listener, port) = try Self.bindLoopback()
        guard listen(listener, 16) == 0 else { throw Self.lastError() }
        self.listener = listener
        self.port = port
        self.route = route
        Thread { [self] in acceptLoop() }.start()
    }

    /// The absolute URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request received so far, in order.
    var requests: [Request] { state.withLock { $0.requests } }

    /// How many connections the server has accepted so far.
    var acceptedConnections: Int { state.withLock { $0.connections } }

    /// The most connections that were open at once so far; a connection
    /// counts until the server notices the client hung up, or hangs up itself.
    var mostOpenConnections: Int { state.withLock { $0.mostOpenSockets } }

    /// Stops accepting and hangs up every open connection.
    func stop() {
        state.withLock { state in
            guard !state.isStopped else { return }
            state.isStopped = true
            shutdown(listener, Int32(SHUT_RDWR))  // wakes `accept`; the accepting thread closes it
            for socket in state.openSockets { shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }

    /// A loopback port that nothing listens on: bound by a socket, then closed.
    static func unusedPort() throws -> Int {
        let (socket, port) = try bindLoopback()
        close(socket)
        return port
    }

    // MARK: - Connections

    private func acceptLoop() {
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
                state.openSockets.insert(client)
                state.mostOpenSockets = max(state.mostOpenSockets, state.openSockets.count)
                return state.connections
            }
            guard let connection else {
                close(client)
                return
            }
            Thread { [self] in serve(client, connection: connection) }.start()
        }
    }

    private func serve(_ client: Int32, connection: Int) {
        defer {
            state.withLock { _ = $0.openSockets.remove(client) }
            close(client)
        }
        var buffer = Data()
        while let request = Self.readRequest(from: client, buffer: &buffer, connection: connection) {
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
        }
    }

    // MARK: - Wire format

    private static func head(status: Int, headers: [String: String]) -> Data {
        var text = "HTTP/1.1 \(status) Canned\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    /// Reads one request, keeping bytes past its end in `buffer`; `nil` when
    /// the client hangs up first.
    private static func readRequest(from client: Int32, buffer: inout Data, connection: Int) -> Request? {
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
            connection: connection)
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

    private static func bindLoopback() throws -> (socket: Int32, port: Int) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw lastError() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
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
