/// Reader's version: the one place it is written. `reader --version` prints it
/// and both transports' default `User-Agent` names it.
///
/// For example:
///
/// ```swift
/// let agent = "Reader/\(ReaderVersion.current)"   // "Reader/0.1.0"
/// ```
public enum ReaderVersion {
    /// The version, as `major.minor.patch`.
    public static let current = "0.1.0"
}
