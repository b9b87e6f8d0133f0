import ArgumentParser
import Foundation
import ReaderCore

/// `reader prune [--dry-run] [--json]`.
struct Prune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove the articles the retention policy lets go (`reader retention`), and give the space back.",
        discussion: """
            Never removes a bookmarked article, nor an unread one younger than the policy's --keep-unread. \
            Every sync prunes by the policy when it ends; this does it now. --dry-run reports exactly what \
            a prune would remove, and removes nothing.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Report what would be removed, and remove nothing.")
    var dryRun = false

    @Flag(help: "Print a JSON object (with every article id) instead of lines.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let report = try await options.openLibrary(mode: dryRun ? .readExisting : .readWrite).prune(dryRun: dryRun)
            if json {
                print(try JSONOutput.text(of: PruneReportJSON(report)))
                return
            }
            for source in report.sources {
                print("\(source.url): \(source.articles) article\(source.articles == 1 ? "" : "s")")
            }
            print(PruneReportJSON.summary(of: report))
        }
    }
}

/// `reader prune --json`.
struct PruneReportJSON: Encodable {
    struct SourceCount: Encodable {
        var id: Int64
        var url: String
        var articles: Int
    }

    var dryRun: Bool
    var articles: Int
    var sources: [SourceCount]
    var ids: [String]
    var contentBytes: Int
    var statesDropped: Int
    var fileBytesBefore: Int?
    var fileBytesAfter: Int?

    init(_ report: PruneReport) {
        dryRun = report.isDryRun
        articles = report.articles
        sources = report.sources.map { SourceCount(id: $0.sourceID, url: $0.url, articles: $0.articles) }
        ids = report.articleIDs.map(\.rawValue)
        contentBytes = report.contentBytes
        statesDropped = report.statesDropped
        fileBytesBefore = report.fileBytesBefore
        fileBytesAfter = report.fileBytesAfter
    }

    enum CodingKeys: String, CodingKey {
        case dryRun = "dry_run", articles, sources, ids, contentBytes = "content_bytes", statesDropped = "states_dropped"
        case fileBytesBefore = "file_bytes_before", fileBytesAfter = "file_bytes_after"
    }

    /// The last line of `reader prune`: the totals.
    static func summary(of report: PruneReport) -> String {
        let count = "\(List.grouped(report.articles)) article\(report.articles == 1 ? "" : "s")"
        var line = report.isDryRun ? "Would remove \(count) (dry run)" : "Removed \(count)"
        line += ", \(SyncSummary.byteCount(report.contentBytes)) of text"
        if report.statesDropped > 0 {
            line += "; dropped the read state of \(List.grouped(report.statesDropped)) long-pruned article"
                + (report.statesDropped == 1 ? "" : "s")
        }
        if let before = report.fileBytesBefore, let after = report.fileBytesAfter {
            line += "; cache file \(SyncSummary.byteCount(before)) → \(SyncSummary.byteCount(after))"
        }
        return line + "."
    }
}
