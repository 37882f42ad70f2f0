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

        // Rule modules, one per priority area of the action plan (and safeguarding). They see only SignpostCore.
        .target(name: "WiderDeterminants", dependencies: ["SignpostCore"], path: "Plugins/WiderDeterminants"),
        .target(name: "HealthBehaviours", dependencies: ["SignpostCore"], path: "Plugins/HealthBehaviours"),
        .target(name: "PlacesAndCommunities", dependencies: ["SignpostCore"], path: "Plugins/PlacesAndCommunities"),
        // Not a priority area: risks raised before any list (the open rule boundary).
        .target(name: "Safeguarding", dependencies: ["SignpostCore"], path: "Plugins/Safeguarding"),

        // The one place that lists the rule modules. The core never imports a module.
        .target(
            name: "SignpostModules",
            dependencies: ["SignpostCore", "WiderDeterminants", "HealthBehaviours", "PlacesAndCommunities", "Safeguarding"]
        ),

        // Printed, non-digital service lists: PDF (written here, no dependency), HTML and text.
        .target(name: "SignpostPrint", dependencies: ["SignpostCore"], exclude: ["PDF/Fonts"]),

        // The wider-determinants gap analysis and its reports (text, CSV, HTML with SVG, JSON).
        .target(name: "SignpostGaps", dependencies: ["SignpostCore"]),

        // Open Referral UK 3.0: export the Directory as a feed, import feeds as a Directory.
        .target(name: "SignpostORUK", dependencies: ["SignpostCore"]),

        // The JSON-RPC line protocol: transport, dispatch and one handler type per method.
        .target(name: "SignpostServer", dependencies: ["SignpostCore", "SignpostPrint", "SignpostGaps", "SignpostORUK"]),

        // A small hand-written command-line parser (no package dependency).
        .target(name: "ArgumentParsing"),

        // The command-line tool: argument handling and output formatting only.
        .executableTarget(
            name: "signpost",
            dependencies: [
                "SignpostCore", "SignpostModules", "SignpostServer", "SignpostPrint", "SignpostGaps", "SignpostORUK",
                "ArgumentParsing",
            ]
        ),

        // A seeded synthetic directory at national-aggregator scale, for benchmarks and scale tests.
        .target(name: "SignpostSynthetic", dependencies: ["SignpostCore"]),

        // Fuzz targets and their properties (scripts/fuzz builds signpost-fuzz with libFuzzer).
        .target(
            name: "SignpostFuzzing",
            dependencies: ["SignpostCore", "SignpostServer", "SignpostORUK", "SignpostPrint", "SignpostModules"]
        ),
        .executableTarget(name: "signpost-fuzz", dependencies: ["SignpostFuzzing"]),

        // How well Signpost reads residents' words, against labelled data and a keyword baseline.
        .target(name: "SignpostQuality", dependencies: ["SignpostCore"]),
        // The benchmark: swift run -c release signpost-bench
        .executableTarget(
            name: "signpost-bench",
            dependencies: ["SignpostCore", "SignpostModules", "SignpostSynthetic", "SignpostGaps", "SignpostORUK", "SignpostQuality"]
        ),

        // What every test target shares: where the package (and its real Directory) is.
        .target(name: "SignpostTestSupport", dependencies: ["SignpostCore"], path: "Tests/SignpostTestSupport"),
        .testTarget(name: "SignpostCoreTests", dependencies: ["SignpostCore", "SignpostTestSupport"]),
        .testTarget(name: "RuleModuleTests", dependencies: ["SignpostCore", "SignpostModules", "Safeguarding", "SignpostQuality", "SignpostTestSupport"], exclude: ["Residents"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(name: "SignpostServerTests", dependencies: ["SignpostServer", "SignpostCore", "SignpostModules", "SignpostORUK", "SignpostTestSupport"]),
        .testTarget(name: "SignpostGapsTests", dependencies: ["SignpostGaps", "SignpostCore", "SignpostTestSupport"], exclude: ["Fixture"]),
        .testTarget(name: "SignpostPrintTests", dependencies: ["SignpostPrint", "SignpostCore", "SignpostModules", "SignpostTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SignpostORUKTests", dependencies: ["SignpostORUK", "SignpostCore", "SignpostSynthetic", "SignpostTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["SignpostFuzzing", "SignpostCore", "SignpostTestSupport"]),
        .testTarget(name: "SignpostCLITests", dependencies: ["signpost", "SignpostCore", "SignpostTestSupport"]),
    ]
)
