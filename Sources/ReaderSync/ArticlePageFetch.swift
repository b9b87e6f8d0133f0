import ReaderHTTP
import ReaderModels
import ReaderStore

/// One article page request running in a task of its own, which also maps
/// the page to a batch and prepares its search text, so the sync can store
/// the page before meanwhile. A 410 comes back as an answer without a page,
/// for the sync to restart the stream.
struct ArticlePageFetch: Sendable {
    /// An answer, with its page mapped to a batch when it has one.
    typealias Answer = (response: HTTPResponse, page: SyncWire.ArticlePage?, batch: ArticleBatch)

    /// What the task brings back: the answer or the error, with the requests
    /// and bytes it took.
    private typealias Outcome = (result: Result<Answer, SyncError>, transfer: SyncReport)

    private let task: Task<Outcome, Never>

    /// Starts sending `request` through `runner`; a page that comes back is
    /// mapped with `mapping`.
    init(runner: RequestRunner, request: HTTPRequest, mapping: ArticleMapping) {
        task = Task {
            var transfer = SyncReport(sourceURL: runner.sourceURL, kind: .syncEndpoint)
            do throws(SyncError) {
                let (response, page) = try await runner.fetchJSON(
                    SyncWire.ArticlePage.self, request, passing: [410], report: &transfer)
                var batch = page.map(mapping.batch(from:)) ?? ArticleBatch()
                batch.prepareSearchText()
                return (.success((response, page, batch)), transfer)
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
