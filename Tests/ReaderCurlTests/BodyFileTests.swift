import Foundation
import ReaderCurl
@testable import ReaderHTTP
import ReaderTestSupport
import Testing

/// Issue 14: a body past the request's `bodyFileThreshold` goes to a file as
/// it arrives, through either transport, so a large feed is never in memory
/// whole; smaller bodies, and every body without a threshold, stay in memory.
@Suite final class BodyFileTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test(arguments: TransportKind.allCases)
    func aBodyPastTheThresholdIsWrittenToAFileRemovedWithTheResponse(_ kind: TransportKind) async throws {
        var response: HTTPResponse? = try await kind.make().send(
            HTTPRequest(url: server.url("/bomb"), maxResponseBytes: 8 << 20, bodyFileThreshold: 1 << 20))
        let file = try #require(response?.bodyFile)
        let path = file.url.path
        #expect(response?.body.isEmpty == true)
        let contents = try #require(file.contents())
        #expect(contents.count == 4 << 20 && contents.allSatisfy { $0 == 0 }, "the decoded body, whole")
        #expect(response?.bodyPrefix(10) == Data(count: 10))
        #expect(response?.withBodyInMemory().body == contents)
        response = nil
        _ = consume file
        #expect(!FileManager.default.fileExists(atPath: path), "the file goes with the last reference")
    }

    @Test(arguments: TransportKind.allCases)
    func aBodyUnderTheThresholdStaysInMemory(_ kind: TransportKind) async throws {
        let response = try await kind.make().send(HTTPRequest(url: server.url("/gzip"), bodyFileThreshold: 1 << 20))
        #expect(response.bodyFile == nil)
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.text)
    }

    @Test(arguments: TransportKind.allCases)
    func theBodyLimitHoldsForABodyInAFile(_ kind: TransportKind) async throws {
        let request = HTTPRequest(url: server.url("/huge-stream"), maxResponseBytes: CannedRoutes.limit, bodyFileThreshold: 64 << 10)
        await #expect(throws: TransportError.responseTooLarge(limit: CannedRoutes.limit)) {
            try await kind.make().send(request)
        }
    }

    @Test(arguments: TransportKind.allCases)
    func withoutAThresholdEveryBodyStaysInMemory(_ kind: TransportKind) async throws {
        let response = try await kind.make().send(HTTPRequest(url: server.url("/bomb"), maxResponseBytes: 8 << 20))
        #expect(response.bodyFile == nil && response.body.count == 4 << 20)
        #expect(response.withBodyInMemory() == response)
    }

    @Test func aBodyFileIsRemovedWhenReleased() throws {
        var created = BodyFile.create()
        let (file, descriptor) = try #require(created)
        let path = file.url.path
        #expect(write(descriptor, "feed", 4) == 4)
        close(descriptor)
        #expect(file.contents() == Data("feed".utf8) && file.prefix(2) == Data("fe".utf8))
        created = nil
        _ = consume file
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// Body files a killed process left behind go once they are an hour old.
@Suite struct AbandonedBodyFileTests {
    @Test func filesLeftForOverAnHourAreRemovedAndNewerOnesKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-abandoned-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        for (name, age) in [("reader-body-old", 7200.0), ("reader-body-recent", 60.0), ("other-old", 7200.0)] {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-age)], ofItemAtPath: path)
        }
        BodyFile.removeAbandoned(in: folder, now: now)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["other-old", "reader-body-recent"])
    }
}
