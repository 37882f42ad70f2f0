// swift-tools-version:6.0
import PackageDescription

// Signpost: a services directory and signposting engine for Sevenoaks District.
// Foundation and the standard library only: `dependencies` stays empty.
let package = Package(
    name: "Signpost",
    products: [
        .library(name: "SignpostCore", targets: ["SignpostCore"]),
        .executable(name: "signpost", targets: ["signpost"]),
    ],
    dependencies: [],
    targets: [
        // The domain model, the Directory loader and validator, the matching engine.
        .target(name: "SignpostCore"),

        // A small hand-written command-line parser (no package dependency).
        .target(name: "ArgumentParsing"),

        // The command-line tool: argument handling and output formatting only.
        .executableTarget(
            name: "signpost",
            dependencies: ["SignpostCore", "ArgumentParsing"]
        ),

        .testTarget(name: "SignpostCoreTests", dependencies: ["SignpostCore"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(name: "SignpostCLITests", dependencies: ["signpost", "SignpostCore"]),
    ]
)
