import ArgumentParser

/// `reader-bench`: the in-library half of the benchmark suite. `Tools/bench/run.sh`
/// drives it together with the `reader` CLI, the reference server and the baselines.
@main
struct ReaderBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader-bench",
        abstract: "Large caches, query plans and micro-benchmarks for Reader.",
        subcommands: [FillCommand.self, PlanCommand.self, MicroCommand.self])
}
