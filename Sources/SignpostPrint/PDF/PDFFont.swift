/// The two standard fonts a printed list uses, and text measurement with their real metrics.
enum PDFFont: Sendable {
    case regular
    case bold

    /// Resource name in page dictionaries.
    var resourceName: String { self == .regular ? "F1" : "F2" }
    var baseFont: String { self == .regular ? "Helvetica" : "Helvetica-Bold" }

    /// Width of WinAnsi-encoded text at `size` points.
    func width(_ bytes: some Sequence<UInt8>, size: Double) -> Double {
        let table = self == .regular ? HelveticaMetrics.regular : HelveticaMetrics.bold
        var units = 0
        for b in bytes { units += Int(table[Int(b)]) }
        return Double(units) * size / 1000
    }
}
