/// An Easy Read handout: the cover, then one page for each service of the list, in order.
public struct EasyReadHandout: Sendable, Equatable {
    public var cover: EasyReadCover
    public var pages: [EasyReadPage]

    /// The Easy Read form of a printed list (a resident's handout): the same entries, in the
    /// same order, in other words.
    public init(_ list: PrintedList) {
        cover = EasyReadCover(list)
        pages = list.sections.flatMap(\.entries).map(EasyReadPage.init)
    }
}
