import Foundation
import SignpostCore

/// The whole Directory as an ORUK 3.0 publication, laid out as the API's read endpoints would
/// answer (docs/ORUK.md, "Export layout"):
///
///     index.json                    GET /                 (api_details)
///     services/{uuid}.json          GET /services/{id}    (one fully nested service)
///     pages/services/{n}.json       GET /services?page=n  (full services, `perPage` a page)
///     organizations.json            GET /organizations
///     taxonomies.json               GET /taxonomies       (the Signpost needs taxonomy with its terms)
///     taxonomy_terms.json           GET /taxonomy_terms
public struct ORUKPublication: Sendable {
    public let encoder: ORUKEncoder
    public let perPage: Int

    public init(directory: Directory, perPage: Int = 50) {
        encoder = ORUKEncoder(directory: directory)
        self.perPage = max(1, perPage)
    }

    public struct Summary: Sendable {
        public var services = 0
        public var pages = 0
        public var files = 0
        public var bytes = 0
        public init() {}
    }

    /// Writes every file into `folder`. `progress` is told (done, total) every 1,000 services;
    /// `shouldStop` is asked between services (SIGTERM), and stopping throws.
    public func write(
        to folder: StagedFolder, progress: ((Int, Int) -> Void)? = nil, shouldStop: () -> Bool = { false }
    ) throws(SignpostError) -> Summary {
        var summary = Summary()
        func put(_ bytes: [UInt8], _ path: String) throws(SignpostError) {
            try folder.write(bytes, to: path)
            summary.files += 1
            summary.bytes += bytes.count
        }
        let services = encoder.directory.services
        var page: [[UInt8]] = []
        page.reserveCapacity(perPage)
        try forEachBatch(shouldStop: shouldStop) { (range, lines) throws(SignpostError) in
            try folder.write(zip(range, lines).map { i, line in ("services/" + ORUKEncoder.serviceID(services[i].id) + ".json", line) })
            summary.files += lines.count
            summary.bytes += lines.reduce(0) { $0 + $1.count }
            for (i, line) in zip(range, lines) {
                page.append(Array(line.dropLast()))
                if page.count == perPage || i == services.count - 1 {
                    summary.pages += 1
                    try put(
                        ORUKPage(totalItems: services.count, pageNumber: summary.pages, perPage: perPage, contents: page).bytes,
                        "pages/services/" + String(summary.pages) + ".json")
                    page.removeAll(keepingCapacity: true)
                }
                summary.services += 1
            }
            progress?(range.upperBound, services.count)
        }
        if services.isEmpty {
            summary.pages = 1
            try put(ORUKPage(totalItems: 0, pageNumber: 1, perPage: perPage, contents: []).bytes, "pages/services/1.json")
        }
        try put(ORUKPage(all: encoder.directory.organisations.map(encoder.organization)).bytes, "organizations.json")
        try put(ORUKPage(all: [encoder.taxonomy()]).bytes, "taxonomies.json")
        try put(ORUKPage(all: encoder.taxonomyTerms()).bytes, "taxonomy_terms.json")
        try put(JSONWriter(style: .pretty).bytes(indexDocument(summary)), "index.json")
        return summary
    }

    /// Services this many at a time are encoded on every core, then written in order.
    static let batchSize = 2048

    /// Encodes the services in batches, in parallel, and hands each batch to `body` in order
    /// (with the services' indices). `shouldStop` is asked between batches; stopping throws.
    public func forEachBatch(
        shouldStop: () -> Bool = { false }, _ body: (Range<Int>, [[UInt8]]) throws(SignpostError) -> Void
    ) throws(SignpostError) {
        let services = encoder.directory.services
        var start = 0
        while start < services.count {
            if shouldStop() { throw SignpostError(.output, "stopped after \(start) of \(services.count) services; nothing was written") }
            let range = start..<min(services.count, start + Self.batchSize)
            try body(range, encodeLines(services[range]))
            start = range.upperBound
        }
    }

    /// Lines for `services`, encoded concurrently (the encoder is immutable and shared).
    func encodeLines(_ services: ArraySlice<Service>) -> [[UInt8]] {
        let count = services.count
        let first = services.startIndex
        let workers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        return [[UInt8]](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var i = worker
                while i < count {
                    (base + i).initialize(to: serviceLine(services[first + i]))
                    i += workers
                }
            }
            initialized = count
        }
    }

    /// One service as one line of compact JSON (ndjson; also the body of `services/{uuid}.json`).
    public func serviceLine(_ service: Service) -> [UInt8] {
        var bytes = JSONWriter().bytes(encoder.service(service))
        bytes.append(0x0A)
        return bytes
    }

    private func indexDocument(_ summary: Summary) -> JSONValue {
        guard case .object(var o) = ORUKEncoder.apiDetails() else { return .null }
        o[ORUKProfile.extensionKey] = .object([
            "generator": .string("Signpost " + SignpostVersion.current),
            "services": JSONValue(summary.services), "organizations": JSONValue(encoder.directory.organisations.count),
            "pages": JSONValue(summary.pages), "per_page": JSONValue(perPage),
        ])
        return .object(o)
    }
}
