import SignpostCore

/// A service file, however malformed, is loaded and validated without a crash, and `validate`
/// never reports zero errors for a file the loader rejects: a record that does not make it into
/// the Directory always has a located error saying why.
enum DirectoryServiceProperty {
    static let path = "Directory/services/fuzzed.json"

    static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        let result = DirectoryLoader.load(
            FuzzFixtures.tables, organisations: FuzzFixtures.files.organisations,
            services: [DirectoryFiles.File(path: path, bytes: bytes)], today: FuzzFixtures.today)
        let errors = result.findings.filter { $0.severity == .error && $0.file == path }
        if result.directory.services.isEmpty {
            try require(!errors.isEmpty, "the loader rejected the service but validation reported no error for its file")
        }
        if errors.isEmpty {
            try require(result.directory.services.count == 1, "no errors, but the service was not loaded")
        }
        for finding in result.findings where finding.file == path {
            try require(finding.line >= 1, "a finding without a line: \(finding)")
            try require(!finding.message.isEmpty, "a finding without a message")
        }
        if let service = result.directory.services.first, errors.isEmpty {
            // What loads cleanly writes back to an equal record.
            let again = [DirectoryFiles.File(path: path, bytes: JSONWriter(style: .pretty).bytes(service.directoryJSON))]
            let reloaded = DirectoryLoader.load(
                FuzzFixtures.tables, organisations: FuzzFixtures.files.organisations, services: again, today: FuzzFixtures.today
            ).directory.services.first
            try require(reloaded == service, "a clean service did not survive encoding and loading again")
        }
    }
}
