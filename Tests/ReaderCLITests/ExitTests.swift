import Foundation
import Testing

extension EndToEnd {
    /// Issue 10 §3: how `reader` ends when it fails at once.
    @Suite("Issue 10: exits")
    struct ExitTests {
        @Test("a sync whose cache cannot be opened exits 1 with one line, 40 times out of 40, never by a signal")
        func unopenableCacheExitsCleanly() async throws {
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            // A folder where the cache file should be: SQLite cannot open it.
            try FileManager.default.createDirectory(at: device.database, withIntermediateDirectories: true)
            var crashes: [ReaderRun] = []
            for _ in 0..<40 {
                let sync = try await device.run(["sync"], timeout: .seconds(60))
                if sync.signalled { crashes.append(sync) }
                #expect(!sync.signalled && sync.status == 1, "\(sync)")
                #expect(sync.stderrLines.count == 1, "\(sync)")
                #expect(sync.stderrLines.first?.contains(device.database.path) == true, "\(sync)")
            }
            #expect(crashes.isEmpty, "\(crashes.count) of 40 runs ended by a signal")
        }
    }
}
