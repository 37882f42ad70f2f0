import Foundation
import SignpostCore
import Testing
@testable import SignpostORUK

@Suite("ORUK round trip")
struct ORUKRoundTripTests {
    @Test("export then import gives back the bundled Directory, with nothing unmapped")
    func folderRoundTrip() throws {
        let result = try ORUKSupport.importFeed(try ORUKSupport.export())
        #expect(result.findings == [], "\(result.findings.prefix(5))")
        #expect(result.servicesRead == ORUKSupport.directory.services.count)
        #expect(ORUKSupport.difference(result.directory.services, ORUKSupport.directory.services) == nil)
        #expect(result.directory.organisations == ORUKSupport.directory.organisations)
    }

    @Test("the ndjson stream round-trips every service")
    func ndjsonRoundTrip() throws {
        let publication = ORUKPublication(directory: ORUKSupport.directory)
        let lines = ORUKSupport.directory.services.flatMap(publication.serviceLine)
        let path = try ORUKSupport.temporaryFolder() + "/feed.ndjson"
        try AtomicFile.write(lines, to: path)
        let result = try ORUKSupport.importFeed(path)
        #expect(result.findings == [])
        #expect(ORUKSupport.difference(result.directory.services, ORUKSupport.directory.services) == nil)
        // Only organisations that run a service travel in an ndjson stream of services.
        let used = Set(ORUKSupport.directory.services.map(\.organisationID))
        #expect(result.directory.organisations == ORUKSupport.directory.organisations.filter { used.contains($0.id) })
    }

    @Test("one /services page round-trips, and the imported files load as a valid Directory")
    func pageRoundTrip() throws {
        let folder = try ORUKSupport.export(perPage: 1000)
        let result = try ORUKSupport.importFeed(folder + "/pages/services/1.json")
        #expect(ORUKSupport.difference(result.directory.services, ORUKSupport.directory.services) == nil)
        var files = ORUKSupport.bundledFiles
        files.services = result.files().filter { $0.path.hasPrefix("services/") }.map { DirectoryFiles.File(path: "x/" + $0.path, bytes: $0.bytes) }
        files.organisations = result.files().filter { $0.path.hasPrefix("organisations/") }.map { DirectoryFiles.File(path: "x/" + $0.path, bytes: $0.bytes) }
        #expect(DirectoryLoader.load(files, today: ORUKSupport.today).isUsable)
    }

    @Test("a synthetic directory of 500 services round-trips too")
    func synthetic() throws {
        let synthetic = SyntheticFixture.directory(services: 500)
        let target = try ORUKSupport.temporaryFolder() + "/feed"
        let folder = try StagedFolder(target: target)
        _ = try ORUKPublication(directory: synthetic).write(to: folder)
        try folder.commit(replace: { _ in false })
        let result = try ORUKImporter.run(
            feed: target, base: DirectoryFiles(directory: synthetic, root: "synthetic", includeRecords: false),
            options: ORUKImportOptions(feedName: "synthetic", feedDate: ORUKSupport.today), today: ORUKSupport.today)
        #expect(result.findings.filter { $0.severity == .error }.prefix(3).map(\.description) == [])
        #expect(ORUKSupport.difference(result.directory.services, synthetic.services) == nil)
    }
}
