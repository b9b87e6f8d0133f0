import ReaderTestSupport
import Testing

extension Trait where Self == ConditionTrait {
    /// For the end-to-end suites that run the real `reader-server`, a separate
    /// package (Tools/ReferenceServer): they skip, saying how to run them, when
    /// it is not built, so the root package's `swift test` passes on its own.
    /// `Tools/test.sh` (and so `.ci/run`) builds it and sets `READER_SERVER_BIN`:
    /// there they always run, and fail if the server does.
    static var needsReferenceServer: Self {
        .enabled(
            if: Binaries.serverIsAvailable,
            Comment(
                rawValue: "needs reader-server: run `bash Tools/test.sh`, or build Tools/ReferenceServer "
                    + "(`swift build` there) and set READER_SERVER_BIN to its .build/debug/reader-server"))
    }
}
