import Foundation
import ReaderModels
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 10 §4: a full disk, a read-only or damaged cache, and two syncs at once.
    @Suite("Issue 10: storage faults", .needsReferenceServer)
    struct StorageFaultTests {
        /// Marks `read` read and `bookmarked` bookmarked on `device`.
        static func mark(_ device: ReaderProcess, read: [String], bookmarked: [String]) async throws {
            try await device.succeed(["read"] + read)
            try await device.succeed(["bookmark"] + bookmarked)
        }

        /// Expects every article of `read` read and of `bookmarked` bookmarked on `device`.
        static func expectMarks(_ device: ReaderProcess, read: [String], bookmarked: [String]) async throws {
            let articles = Dictionary(uniqueKeysWithValues: try await device.articles().map { ($0.id, $0) })
            for id in read { #expect(articles[id]?.read == true, "\(id) read") }
            for id in bookmarked { #expect(articles[id]?.bookmarked == true, "\(id) bookmarked") }
        }

        /// Expects `reader doctor` to find the cache healthy (integrity_check ok).
        static func expectHealthy(_ device: ReaderProcess) async throws {
            let doctor = try await device.run(["doctor"])
            #expect(doctor.status == 0 && doctor.stdout.contains("integrity ok"), "\(doctor)")
        }

        /// Overwrites `count` pages of the article table in the middle of the cache
        /// with random bytes (pages found with sqlite3's dbstat).
        ///
        /// Requires that `reader` left no pages in the write-ahead log: pages
        /// the log still held would be read from it, and hide the damage. (A
        /// read-only command leaves an empty log, which SQLite ignores.)
        static func damageArticlePages(of database: URL, count: Int) throws {
            let sqlite = "/usr/bin/sqlite3"
            try #require(FileManager.default.isExecutableFile(atPath: sqlite), "this test needs \(sqlite)")
            let log = database.path + "-wal"
            let logSize = (try? FileManager.default.attributesOfItem(atPath: log))?[.size] as? Int ?? 0
            try #require(logSize == 0, "reader exited leaving \(logSize) bytes of log at \(log)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: sqlite)
            process.arguments = [
                "-readonly", database.path,
                "PRAGMA page_size; SELECT pageno FROM dbstat WHERE name = 'article' AND pagetype = 'leaf' ORDER BY pageno",
            ]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let numbers = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(whereSeparator: \.isNewline).compactMap { Int($0) }
            process.waitUntilExit()
            // The page size first (8 KiB for a new cache, 4 KiB for an older one), then the pages.
            let pageSize = try #require(numbers.first)
            let pages = numbers.dropFirst()
            try #require(pages.count > count * 2, "only \(pages.count) article pages")
            let middle = pages.dropFirst(pages.count / 2 - count / 2).prefix(count)
            let file = try FileHandle(forWritingTo: database)
            defer { try? file.close() }
            var random = SeededRandom(seed: 10)
            for page in middle {
                try file.seek(toOffset: UInt64(page - 1) * UInt64(pageSize))
                file.write(Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &random) }))
            }
        }

        @Test("a damaged cache: one line naming it and doctor; doctor --rebuild keeps read state, bookmarks and unsent marks")
        func damagedCache() async throws {
            let corpus = try await ServedCorpus.start(count: 2000, seed: 41)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let ids = Array(try await device.ids().prefix(60))
            let sentRead = Array(ids[0..<2]), sentBookmarked = [ids[2]]
            try await Self.mark(device, read: sentRead, bookmarked: sentBookmarked)
            try await device.succeed(["sync"])
            let pendingRead = [ids[50]], pendingBookmarked = Array(ids[51..<53])
            try await Self.mark(device, read: pendingRead, bookmarked: pendingBookmarked)
            #expect(try await device.outboxCount() == 3)

            try Self.damageArticlePages(of: device.database, count: 40)
            let list = try await device.run(["list", "--limit", "1000000"])
            #expect(list.status == 1 && list.stderrLines.count == 1, "\(list)")
            let line = list.stderrLines.first ?? ""
            #expect(line.contains(device.database.path) && line.contains("damaged") && line.contains("reader doctor --rebuild"), "\(list)")
            #expect(FileManager.default.fileExists(atPath: device.database.path), "never replaced silently")

            let check = try await device.run(["doctor"])
            #expect(check.status == 1 && check.stderrLines.count == 1, "\(check)")
            let rebuild = try await device.succeed(["doctor", "--rebuild"])
            let saved = try #require(rebuild.stdout.firstMatch(of: /to (\S+\.json)/).map { String($0.1) }, "\(rebuild)")
            let aside = try #require(rebuild.stdout.firstMatch(of: /kept at (\S+)/).map { String($0.1) }, "\(rebuild)")
            #expect(FileManager.default.fileExists(atPath: saved), "\(rebuild)")
            #expect(FileManager.default.fileExists(atPath: aside), "\(rebuild)")
            #expect(URL(fileURLWithPath: saved).deletingLastPathComponent().path == device.database.deletingLastPathComponent().path)
            try await Self.expectHealthy(device)
            #expect(try await device.outboxCount() == 3, "unsent marks survive the rebuild")

            try await device.succeed(["sync"])
            try await Self.expectMarks(device, read: sentRead + pendingRead, bookmarked: sentBookmarked + pendingBookmarked)
            #expect(try await device.content() == (try await corpus.content()))
            #expect(try await device.outboxCount() == 0)
            let serverState = try await corpus.server.admin.state()
            for (ids, field) in [(pendingRead, StateField.read), (pendingBookmarked, .bookmarked)] {
                for id in ids {
                    let onServer = serverState.contains {
                        ArticleID(sourceURL: corpus.endpoint, remoteID: $0.remoteID).rawValue == id && $0.field == field && $0.value
                    }
                    #expect(onServer, "the unsent \(field) mark of \(id) reached the server")
                }
            }
        }

        /// A served corpus of `count` articles, synced by a device whose
        /// folder (cache and home) is a tmpfs of `kilobytes`.
        static func syncedOnTmpfs(count: Int, seed: UInt64, kilobytes: Int) async throws
            -> (ServedCorpus, TemporaryMount, ReaderProcess)
        {
            let corpus = try await ServedCorpus.start(count: count, seed: seed)
            let mount = try TemporaryMount(at: corpus.sandbox.root.appendingPathComponent("device-tmpfs"), kilobytes: kilobytes)
            do {
                let device = try corpus.sandbox.device("tmpfs")
                try await device.succeed(["sync", "--endpoint", corpus.endpoint])
                return (corpus, mount, device)
            } catch {
                mount.unmount()
                throw error
            }
        }

        @Test(
            "a read-only cache: one line naming it and what to do; writable again, it is intact",
            .enabled(if: TemporaryMount.isPossible, "mounting a tmpfs failed: this test needs root"))
        func readOnlyCache() async throws {
            let (corpus, mount, device) = try await Self.syncedOnTmpfs(count: 500, seed: 43, kilobytes: 16 * 1024)
            defer { mount.unmount() }
            let id = try #require(try await device.ids().first)
            try mount.remount("ro")
            for arguments in [["sync"], ["read", id]] {
                let run = try await device.run(arguments)
                #expect(run.status == 1 && !run.signalled && run.stderrLines.count == 1, "\(run)")
                let line = run.stderrLines.first ?? ""
                #expect(line.contains(device.database.path) && line.contains("read-only") && line.contains("writable"), "\(run)")
            }
            try mount.remount("rw")
            try await Self.expectHealthy(device)
            #expect(try await device.content() == (try await corpus.content()))
        }

        @Test(
            "a full disk: one line, the cache stays consistent with what was stored, and the sync completes once space returns",
            .enabled(if: TemporaryMount.isPossible, "mounting a tmpfs failed: this test needs root"))
        func fullDisk() async throws {
            let (corpus, mount, device) = try await Self.syncedOnTmpfs(count: 1000, seed: 47, kilobytes: 32 * 1024)
            defer { mount.unmount() }
            let before = try await device.content()
            let ids = Array(try await device.ids().prefix(4))
            try await Self.mark(device, read: Array(ids[0..<2]), bookmarked: Array(ids[2..<4]))
            _ = try await corpus.server.admin.publishRandom(count: 4000, seed: 5)

            // Leave about 300 KB free.
            let filler = mount.folder.appendingPathComponent("filler")
            let free = try #require(
                (try FileManager.default.attributesOfFileSystem(forPath: mount.folder.path)[.systemFreeSize] as? NSNumber)?.intValue)
            try Data(count: max(0, free - 300 * 1024)).write(to: filler)
            let sync = try await device.run(["sync"])
            #expect(sync.status == 1 && !sync.signalled && sync.stderrLines.count == 1, "\(sync)")
            let line = sync.stderrLines.first ?? ""
            #expect(line.contains(device.database.path) && line.contains("full"), "\(sync)")
            try FileManager.default.removeItem(at: filler)

            try await Self.expectHealthy(device)
            #expect(try await device.content().isSuperset(of: before), "everything stored before stays")
            try await Self.expectMarks(device, read: Array(ids[0..<2]), bookmarked: Array(ids[2..<4]))
            try await device.succeed(["sync"])
            #expect(try await device.content() == (try await corpus.content()))
            try await Self.expectMarks(device, read: Array(ids[0..<2]), bookmarked: Array(ids[2..<4]))
        }

        @Test("two syncs of one cache: the second says a sync is running; marks made meanwhile all hold, the cache is intact")
        func concurrentSyncs() async throws {
            // Every answer comes after 1.5 s: a sync of a few pages runs for several seconds.
            let corpus = try await ServedCorpus.start(count: 1000, seed: 53, ["--latency-ms", "1500"])
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            _ = try await corpus.server.admin.publishRandom(count: 2500, seed: 7)
            let ids = Array(try await device.ids().prefix(20))

            let first = try device.start(["sync"])
            try await Task.sleep(for: .milliseconds(500))
            let stillRunning = first.isRunning
            let second = try await device.run(["sync"])
            try await Self.mark(device, read: Array(ids[0..<5]), bookmarked: Array(ids[5..<10]))
            let firstStatus = await first.exitStatus(within: .seconds(300))
            #expect(firstStatus == 0 && !first.endedBySignal, "\(String(decoding: first.standardError, as: UTF8.self))")
            #expect(!second.signalled, "\(second)")
            if stillRunning {
                #expect(second.status == 1 && second.stderrLines.count == 1, "\(second)")
                #expect(second.stderrLines.first?.contains("a sync of the cache at \(device.database.path) is running") == true, "\(second)")
            } else {
                #expect(second.status == 0, "\(second)")
            }
            #expect(stillRunning, "the first sync ended before the second started")
            try await device.succeed(["read"] + ids[10..<12])

            try await Self.expectHealthy(device)
            try await device.succeed(["sync"])
            try await Self.expectMarks(device, read: Array(ids[0..<5]) + Array(ids[10..<12]), bookmarked: Array(ids[5..<10]))
            #expect(try await device.outboxCount() == 0)
            #expect(try await device.content() == (try await corpus.content()))
        }
    }
}
