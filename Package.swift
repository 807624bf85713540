// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "segur-pipeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "segur-pipeline", targets: ["segur-pipeline"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Classify", targets: ["Classify"]),
        .library(name: "Aggregate", targets: ["Aggregate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libstemmer-dev, libuchardet-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // uchardet (Debian: libuchardet-dev): the charset of a page that declares none.
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        .target(
            name: "Ingest",
            dependencies: [
                "CLibXML2",
                "CUchardet",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Classify",
            dependencies: [
                "Ingest",
                "CStemmer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // MinHash's inner loop in C, compiled for several vector widths (see minhash.c).
        .target(name: "CMinHash"),
        .target(
            name: "Aggregate",
            dependencies: [
                "Classify",
                "CMinHash",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // libFuzzer targets (`make fuzz` builds them with -sanitize=fuzzer); built plainly, a tool
        // that replays inputs through the same targets. See docs/fuzzing.md.
        .executableTarget(
            name: "segur-fuzz",
            dependencies: ["Ingest", "Classify"],
            path: "Fuzz/Sources"
        ),
        .executableTarget(
            name: "segur-pipeline",
            dependencies: [
                "Ingest",
                "Classify",
                "Aggregate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            // jemalloc (Debian: libjemalloc-dev) in place of glibc's malloc for the whole process,
            // libxml2 and SQLite included: a one-worker run on the benchmark corpus 4 % faster,
            // with a lower peak RSS (docs/performance.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // Per-stage timings on one thread: `swift run -c release segur-bench <corpus> <lexicons>`.
        .executableTarget(
            name: "segur-bench",
            dependencies: ["Ingest", "Classify", "Aggregate"],
            path: "Benchmarks/StageBench"
        ),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ClassifyTests",
            dependencies: [
                "Classify",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AggregateTests",
            dependencies: [
                "Aggregate",
                "CMinHash",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["segur-pipeline", "Ingest", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
