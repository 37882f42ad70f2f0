extension PDFRenderer {
    /// A laid-out line with its place on the page and, unless it is an artifact, its marked-content
    /// id (MCID) on that page.
    struct PlacedLine {
        var line: Line
        var x: Double
        var baseline: Double
        var size: Double
        var mcid: Int?
        var isFooter = false

        /// The line's text box: its width, from the baseline down by the descent and up by the ascent.
        var rect: [Double] {
            [x, baseline - 0.25 * size, x + line.font.width(line.text, size: size), baseline + 0.95 * size]
        }
    }

    /// The structure of a document: a tree of structure elements in reading order under one
    /// Document element, built from the lines' tags. Consecutive list items form one list (L,
    /// with an LI holding an LBody each); a line with a link is a Link element inside its own
    /// element, holding the line's content and the link annotation.
    struct StructureTree {
        enum Kid {
            case content(page: Int, mcid: Int)
            case element(Int)
            case annotation(Int)  // index into `links`
        }

        struct Element {
            var type: String
            var parent: Int?
            var page: Int?
            var kids: [Kid] = []
        }

        /// One link annotation: on `page`, over `rect`, to `target`, owned by Link element `element`.
        struct Link {
            var page: Int
            var rect: [Double]
            var target: LinkTarget
            var element: Int
            var text: String
        }

        /// An element of the outline and of section links: a title or a heading, where it starts.
        struct Destination {
            var tag: StructureTag
            var text: String
            var page: Int
            var top: Double
        }

        private(set) var elements: [Element] = [Element(type: "Document", parent: nil, page: nil)]
        private(set) var links: [Link] = []
        /// For each page, the element of each MCID (index = MCID).
        private(set) var parentTree: [[Int]]
        /// The title and headings, in reading order.
        private(set) var destinations: [Destination] = []
        /// The `.heading` destinations, for `.section(n)` links.
        var headings: [Destination] { destinations.filter { $0.tag == .heading } }

        static func type(of tag: StructureTag) -> String {
            switch tag {
            case .title: return "H1"
            case .heading: return "H2"
            case .entryName: return "H3"
            case .paragraph: return "P"
            case .listItem: return "LBody"
            case .artifact: return "Artifact"
            }
        }

        init(pages: [[PlacedLine]]) {
            parentTree = Array(repeating: [], count: pages.count)
            var current: Int? = nil  // the element lines are added to
            var currentTag: StructureTag? = nil
            var list: Int? = nil
            var pendingLinks: [(element: Int, page: Int, index: Int)] = []
            for (p, lines) in pages.enumerated() {
                for (i, placed) in lines.enumerated() {
                    guard let mcid = placed.mcid else { continue }
                    let tag = placed.line.tag
                    if current == nil || placed.line.startsElement || tag != currentTag {
                        if tag == .listItem {
                            if list == nil { list = add(Element(type: "L", parent: 0)) }
                            let item = add(Element(type: "LI", parent: list))
                            current = add(Element(type: "LBody", parent: item))
                        } else {
                            list = nil
                            current = add(Element(type: Self.type(of: tag), parent: 0))
                        }
                        currentTag = tag
                        if tag == .title || tag == .heading {
                            destinations.append(Destination(tag: tag, text: "", page: p, top: placed.baseline + placed.size))
                        }
                    }
                    guard let owner = current else { continue }
                    if tag == .title || tag == .heading, let last = destinations.indices.last {
                        let text = WinAnsi.decode(placed.line.text)
                        destinations[last].text += destinations[last].text.isEmpty ? text : " " + text
                    }
                    var holder = owner
                    if placed.line.link != nil {
                        holder = add(Element(type: "Link", parent: owner))
                        pendingLinks.append((holder, p, i))
                    }
                    elements[holder].kids.append(.content(page: p, mcid: mcid))
                    setPage(p, from: holder)
                    precondition(parentTree[p].count == mcid, "MCIDs are numbered in order on each page")
                    parentTree[p].append(holder)
                }
            }
            // Links are resolved once every heading is known (a contents list comes before them).
            let headings = self.headings
            for pending in pendingLinks {
                let placed = pages[pending.page][pending.index]
                guard let target = placed.line.link else { continue }
                if case .section(let n) = target, !headings.indices.contains(n) { continue }
                elements[pending.element].kids.append(.annotation(links.count))
                links.append(
                    Link(page: pending.page, rect: placed.rect, target: target, element: pending.element, text: WinAnsi.decode(placed.line.text)))
            }
        }

        private mutating func add(_ element: Element) -> Int {
            elements.append(element)
            let index = elements.count - 1
            if let parent = element.parent { elements[parent].kids.append(.element(index)) }
            return index
        }

        /// An element's page is that of its first content; its ancestors' too, when they have none yet.
        private mutating func setPage(_ page: Int, from index: Int) {
            var at: Int? = index
            while let i = at, elements[i].page == nil {
                elements[i].page = page
                at = elements[i].parent
            }
        }
    }
}

extension WinAnsi {
    /// WinAnsi bytes back to text (non-breaking spaces as spaces), for outline titles and link text.
    static func decode(_ bytes: [UInt8]) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes {
            let v = b == 0xA0 ? 0x20 : (unicode(Int(b)).first ?? 0x20)
            if let scalar = Unicode.Scalar(v) { s.append(scalar) }
        }
        return String(s)
    }
}
