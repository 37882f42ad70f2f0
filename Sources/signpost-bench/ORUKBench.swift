import Foundation
import SignpostCore
import SignpostORUK
import SignpostSynthetic

/// Export and import times and sizes for Open Referral UK feeds (issue targets for 100,000
/// services: export under 10 s, import under 20 s, release build).
enum ORUKBench {
    static func run(_ directory: Directory, label: String, log: (String) -> Void) throws {
        let scratch = NSTemporaryDirectory() + "signpost-bench-oruk-" + String(getpid())
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let publication = ORUKPublication(directory: directory)

        var encoded = 0
        let encodeMs = Measure.milliseconds {
            for service in directory.services { encoded += publication.serviceLine(service).count }
        }
        log("\(label): encode only \(Measure.duration(encodeMs)) — \(Measure.fmt(Double(encoded) / 1_048_576)) MiB")
        var summary = ORUKPublication.Summary()
        let exportMs = try Measure.milliseconds {
            let folder = try StagedFolder(target: scratch + "/feed")
            summary = try publication.write(to: folder)
            try folder.commit(replace: { _ in false })
        }
        log("\(label): export folder \(Measure.duration(exportMs)) — \(summary.services) services, \(summary.files) files, \(Measure.fmt(Double(summary.bytes) / 1_048_576)) MiB")

        let ndjsonMs = try Measure.milliseconds {
            let writer = try AtomicFile.Writer(path: scratch + "/feed.ndjson")
            try publication.forEachBatch { (_, lines) throws(SignpostError) in for line in lines { try writer.append(line) } }
            try writer.commit()
        }
        let ndjsonBytes = (try? FileManager.default.attributesOfItem(atPath: scratch + "/feed.ndjson"))?[.size] as? Int ?? 0
        log("\(label): export ndjson \(Measure.duration(ndjsonMs)) — \(Measure.fmt(Double(ndjsonBytes) / 1_048_576)) MiB")

        let base = DirectoryFiles(directory: directory, root: "base", includeRecords: false)
        let options = ORUKImportOptions(feedName: "bench", feedDate: CalendarDate(year: 2026, month: 11, day: 25)!)
        let today = CalendarDate(year: 2026, month: 11, day: 25)!
        for (name, feed) in [("folder", scratch + "/feed"), ("ndjson", scratch + "/feed.ndjson")] {
            var result: ORUKImporter.Result? = nil
            let importMs = try Measure.milliseconds {
                result = try ORUKImporter.run(feed: feed, base: base, options: options, today: today)
            }
            let r = result!
            precondition(r.directory.services.count == directory.services.count, "import lost services: \(r.findings.prefix(3))")
            log("\(label): import \(name) \(Measure.duration(importMs)) — \(r.directory.services.count) services, \(r.findings.errorCount) errors; RSS peak \(Measure.fmt(Measure.memory().peak)) MiB")
        }
    }
}
