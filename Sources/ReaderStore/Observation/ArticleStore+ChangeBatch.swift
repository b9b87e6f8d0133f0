extension ArticleStore {
    /// Marks the start of a sync: observations wait for its end (at most
    /// ``ObservationTiming/longestSyncWait``) and deliver its pages as one.
    /// Each call needs one ``endChangeBatch()``.
    package func beginChangeBatch() { changes.beginBatch() }

    /// Marks the end of a sync begun with ``beginChangeBatch()``.
    package func endChangeBatch() { changes.endBatch() }
}
