// swift-tools-version: 6.1
import PackageDescription

/// The same strict settings as the root package.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// `reader-bench`: the in-library half of the benchmark suite (`Tools/bench/run.sh`
/// is the whole): feed documents of the synthetic corpus, large caches filled
/// through the product's write path, query plans, and micro-benchmarks.
let package = Package(
    name: "reader-bench",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reader-bench", targets: ["reader-bench"])
    ],
    dependencies: [
        .package(name: "reader-core", path: "../.."),
        .package(name: "reader-server", path: "../ReferenceServer"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .executableTarget(
            name: "reader-bench",
            dependencies: [
                .product(name: "ReaderCore", package: "reader-core"),
                .product(name: "CorpusGenerator", package: "reader-server"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings)
    ],
    swiftLanguageModes: [.v6]
)
