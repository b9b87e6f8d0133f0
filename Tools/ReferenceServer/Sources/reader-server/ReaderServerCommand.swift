import ArgumentParser

/// `reader-server`: the Reader Sync API reference server, and a generator of
/// synthetic corpus documents for benchmarks.
@main
struct ReaderServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader-server",
        abstract: "The Reader Sync API reference server, with static feeds, an admin API and fault injection.",
        subcommands: [Serve.self, Generate.self],
        defaultSubcommand: Serve.self)
}
