import ReaderCore

/// What to do about an error, appended to its line.
enum ErrorHint {
    /// `; ` and a suggestion for `error`, or an empty string.
    static func text(for error: any Error) -> String {
        switch error {
        case let error as SyncError:
            switch error {
            case .unauthorized: "; pass one with `reader sync --endpoint URL --token TOKEN` or $READER_TOKEN"
            case .loginRequired(let account): " (`reader accounts login \(account)`)"
            case .store(let error): text(for: error)
            default: ""
            }
        case let error as StoreError:
            switch error {
            case .damaged(let path, _):
                "; `reader doctor --db \(path)` checks it, and `reader doctor --rebuild --db \(path)` rebuilds it "
                    + "from its sources, keeping read state, bookmarks and unsent marks"
            case .readOnly: "; make it writable, or use another cache with --db"
            case .diskFull: "; free some space, then sync again"
            case .cacheNotFound:
                "; the first `reader sync --endpoint URL` (or `reader feeds add URL`, "
                    + "`reader accounts add greader URL --user NAME`) creates it"
            default: ""
            }
        default: ""
        }
    }
}
