/// Reads a podcast episode's length as `itunes:duration` writes it:
/// `HH:MM:SS`, `MM:SS` or a number of seconds (`3600`, `3600.5`).
enum PodcastDuration {
    /// The length in seconds, or nil when `text` is none of those forms.
    static func seconds(from text: String) -> Int? {
        let parts = text.trimmingASCIIWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var total = 0
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            let whole = isLast ? part.prefix { $0 != "." } : part
            guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= 9,
                let value = Int(whole)
            else { return nil }
            total = total * 60 + value
        }
        return total
    }
}
