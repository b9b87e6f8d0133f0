import Testing

/// The end-to-end tests: the real `reader` binary against the real
/// `reader-server` on 127.0.0.1, each test with its own server and caches.
///
/// Serialized, because several tests time kills and give-ups against sync
/// durations that other syncs competing for the same cores would skew.
@Suite("reader end to end", .serialized)
enum EndToEnd {}
