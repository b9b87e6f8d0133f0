import ReaderHTTP
import ReaderModels

/// One article page request running in a task of its own, so the sync can
/// store the page before while it travels. A 410 comes back as an answer
/// without a page, for the sync to restart the stream.
struct ArticlePageFetch: Sendable {
    /// What the task brings back: the answer and its page, or the error, with
    /// the requests and bytes it took.
    private typealias Outcome = (result: Result<(HTTPResponse, SyncWire.ArticlePage?), SyncError>, transfer: SyncReport)

    private let task: Task<Outcome, Never>

    /// Starts sending `request` through `runner`.
    init(runner: RequestRunner, request: HTTPRequest) {
        task = Task {
            var transfer = SyncReport(sourceURL: runner.sourceURL, kind: .syncEndpoint)
            do throws(SyncError) {
                let answer = try await runner.fetchJSON(
                    SyncWire.ArticlePage.self, request, passing: [410], report: &transfer)
                return (.success(answer), transfer)
            } catch {
                return (.failure(error), transfer)
            }
        }
    }

    /// The answer, its requests and bytes added to `report`. Cancelling the
    /// calling task cancels the request.
    func result(countingInto report: inout SyncReport) async throws(SyncError) -> (HTTPResponse, SyncWire.ArticlePage?) {
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
