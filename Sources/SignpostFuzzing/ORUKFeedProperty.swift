import SignpostCore
import SignpostORUK

/// An ORUK document from anyone is imported without a crash; whatever the importer keeps is a
/// valid Directory (the promise behind "never a half-written Directory"); every finding is located.
enum ORUKFeedProperty {
    static let base = DirectoryLoader.tables(FuzzFixtures.files)

    static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        let options = ORUKImportOptions(defaultArea: nil, feedName: "fuzz", feedDate: FuzzFixtures.today)
        let result: ORUKImporter.Result
        do {
            result = try ORUKImporter.run(bytes: bytes, name: "feed.json", base: base, options: options, today: FuzzFixtures.today)
        } catch {
            throw PropertyViolation("the importer refused its own base Directory: \(error)")
        }
        for finding in result.findings {
            try require(finding.line >= 1 && !finding.message.isEmpty, "a finding without a line or message: \(finding)")
        }
        try require(result.directory.services.count <= result.servicesRead, "more services imported than read")
        if result.isUsable {
            let check = DirectoryLoader.load(
                base, organisations: result.directory.organisations, services: result.directory.services, today: FuzzFixtures.today)
            try require(!check.findings.hasErrors, "the imported Directory does not validate: \(check.findings.first { $0.severity == .error }!)")
            for file in result.files() {
                try require(!file.path.contains("..") && file.path.split(separator: "/").count == 2, "unsafe output path \(file.path)")
            }
        }
    }
}
