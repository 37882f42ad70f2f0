extension PrintFormat {
    /// The Easy Read form of `list` (a resident's handout) in this format, with the page count
    /// for PDF: one service a page, short sentences, the number very large.
    public func renderEasyRead(_ list: PrintedList) -> (bytes: [UInt8], pages: Int?) {
        switch self {
        case .pdf:
            let output = EasyReadRenderer.render(list)
            return (output.bytes, output.pages)
        case .html: return (Array(EasyReadHTMLRenderer.render(list).utf8), nil)
        case .text: return (Array(EasyReadTextRenderer.render(list).utf8), nil)
        }
    }
}
