import ReaderHTTP
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Synchronization

/// One article page request running in a task of its own, which also maps
/// and tags the page's articles, so the sync can store the page before
/// meanwhile. A 410 comes back as an answer without a page,
/// for the sync to restart the stream.
struct ArticlePageFetch: Sendable {
    /// An answer, with its page mapped to a batch when it has one, and the
    /// page's articles that could not be read, each said in a line fit to show.
    typealias Answer = (response: HTTPResponse, page: SyncWire.ArticlePage?, batch: ArticleBatch, skipped: [String])

    /// What the task brings back: the answer or the error, with the requests
    /// and bytes it took.
    private typealias Outcome = (result: Result<Answer, SyncError>, transfer: SyncReport)

    private let task: Task<Outcome, Never>
    private let finished = FinishedFlag()

    /// Whether the answer (or the error) is in, so that ``result(countingInto:)`` would not wait.
    var isFinished: Bool { finished.value.load(ordering: .acquiring) }

    /// Starts sending `request` through `runner`; a page that comes back is
    /// mapped with `mapping`.
    init(runner: RequestRunner, request: HTTPRequest, mapping: ArticleMapping) {
        task = Task { [finished] in
            defer { finished.value.store(true, ordering: .releasing) }
            var transfer = SyncReport(sourceURL: runner.sourceURL, kind: .syncEndpoint)
            do throws(SyncError) {
                let (response, received) = try await runner.fetchJSON(
                    ReceivedArticlePage.self, request, passing: [410], report: &transfer)
                let batch = received.map { mapping.batch(from: $0.page) } ?? ArticleBatch()
                let skipped = (received?.unreadable ?? []).map { article in
                    "article \(article.id.map { runner.displayable($0) } ?? "\(article.index + 1) of a page"): "
                        + runner.displayable(article.reason)
                }
                return (.success((response, received?.page, batch, skipped)), transfer)
            } catch {
                return (.failure(error), transfer)
            }
        }
    }

    /// The answer, its requests and bytes added to `report`. Cancelling the
    /// calling task cancels the request.
    func result(countingInto report: inout SyncReport) async throws(SyncError) -> Answer {
        let outcome = await withTaskCancellationHandler { await task.value } onCancel: { [task] in task.cancel() }
        report.requests += outcome.transfer.requests
        report.bytesReceived += outcome.transfer.bytesReceived
        return try outcome.result.get()
    }

    /// Abandons the request.
    func cancel() {
        task.cancel()
    }
}

/// Set once a fetch's task has its outcome.
private final class FinishedFlag: Sendable {
    let value = Atomic(false)
}
