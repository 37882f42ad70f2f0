import SignpostCore

/// One page of an ORUK list response (`/services`, `/organizations`, `/taxonomies`): the
/// pagination members of the profile's `*_list.json` schemas, then `contents`. Items are held
/// already encoded, so a page of full services is written without re-encoding them.
public struct ORUKPage: Sendable {
    public var totalItems: Int
    /// 1-based.
    public var pageNumber: Int
    public var perPage: Int
    /// Each item as compact JSON.
    public var contents: [[UInt8]]

    public init(totalItems: Int, pageNumber: Int, perPage: Int, contents: [[UInt8]]) {
        self.totalItems = totalItems
        self.pageNumber = pageNumber
        self.perPage = max(1, perPage)
        self.contents = contents
    }

    /// A single page holding every item.
    public init(all items: [JSONValue]) {
        let writer = JSONWriter()
        self.init(totalItems: items.count, pageNumber: 1, perPage: max(1, items.count), contents: items.map(writer.bytes))
    }

    public var totalPages: Int { max(1, (totalItems + perPage - 1) / perPage) }

    public func write(to stream: inout JSONStream) {
        stream.beginObject()
        stream.member("total_items", totalItems)
        stream.member("total_pages", totalPages)
        stream.member("page_number", pageNumber)
        stream.member("size", contents.count)
        stream.key("first_page")
        stream.bool(pageNumber == 1)
        stream.key("last_page")
        stream.bool(pageNumber >= totalPages)
        stream.key("empty")
        stream.bool(contents.isEmpty)
        stream.arrayMember("contents")
        for item in contents { stream.raw(item) }
        stream.endArray()
        stream.endObject()
    }

    /// The page as compact JSON with a trailing newline.
    public var bytes: [UInt8] {
        var stream = JSONStream(capacity: contents.reduce(256) { $0 + $1.count + 1 })
        write(to: &stream)
        return stream.bytes + [0x0A]
    }
}
