import SignpostCore

extension PDFRenderer {
    // MARK: Writing

    /// Writes laid-out pages as a PDF document titled `title`, dated `printed`, with `footer`'s
    /// lines (for page N of M) at the foot of every page: printed lists and the checking rota.
    static func write(
        title: String, printed: CalendarDate, pages: [[Line]], sizes: Sizes, footer footerFor: (Int, Int) -> [Line]
    ) -> Output {
        var pdf = PDFDocumentWriter()
        let catalog = pdf.reserve()
        let pageTree = pdf.reserve()
        let regular = pdf.reserve()
        let bold = pdf.reserve()
        let info = pdf.reserve()
        var pageObjects: [(page: Int, content: Int)] = []
        for _ in pages { pageObjects.append((pdf.reserve(), pdf.reserve())) }

        pdf.object(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R /Lang (en-GB) >>")
        let kids = pageObjects.map { "\($0.page) 0 R" }.joined(separator: " ")
        pdf.object(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        for (object, font) in [(regular, PDFFont.regular), (bold, PDFFont.bold)] {
            pdf.object(object, "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding >>")
        }
        let pdfDate = PDFFormat.date(printed)
        pdf.object(
            info,
            "<< /Title \(PDFDocumentWriter.textString(title)) /Creator (Signpost) /Producer (Signpost \(SignpostVersion.current)) /CreationDate (\(pdfDate)) >>"
        )

        let width = PDFFormat.number(pageWidth)
        let height = PDFFormat.number(pageHeight)
        for (i, lines) in pages.enumerated() {
            var content: [UInt8] = []
            var y = pageHeight - margin
            var boxTop: Double? = nil
            var boxBottom = 0.0
            for line in lines {
                if line.box != nil, boxTop == nil { boxTop = y - max(0, line.spaceBefore - boxPadding) }
                y -= line.spaceBefore + line.size
                text(&content, line.text, line.font, line.size, margin + line.indent, y)
                y -= line.size * (lineSpacing - 1)
                if line.box != nil { boxBottom = y - boxPadding }
            }
            if let top = boxTop {
                // A heavy rule round the numbers to keep.
                let w = pageWidth - 2 * margin
                content.append(
                    contentsOf: Array(
                        "q 2 w \(PDFFormat.number(margin)) \(PDFFormat.number(boxBottom)) \(PDFFormat.number(w)) \(PDFFormat.number(top - boxBottom)) re S Q\n".utf8))
            }
            // Footer, ending at the bottom margin.
            let footer = footerFor(i + 1, pages.count)
            var fy = margin + sizes.footer * lineSpacing * Double(footer.count - 1)
            for line in footer {
                text(&content, line.text, line.font, sizes.footer, margin, fy)
                fy -= sizes.footer * lineSpacing
            }
            pdf.stream(pageObjects[i].content, content)
            pdf.object(
                pageObjects[i].page,
                "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 \(regular) 0 R /F2 \(bold) 0 R >> >> /Contents \(pageObjects[i].content) 0 R >>"
            )
        }
        return Output(bytes: pdf.finish(root: catalog, info: info), pages: pages.count)
    }

    static func text(_ out: inout [UInt8], _ bytes: [UInt8], _ font: PDFFont, _ size: Double, _ x: Double, _ y: Double) {
        out.append(contentsOf: Array("BT /\(font.resourceName) \(PDFFormat.number(size)) Tf \(PDFFormat.number(x)) \(PDFFormat.number(y)) Td ".utf8))
        out.append(contentsOf: PDFDocumentWriter.literal(bytes))
        out.append(contentsOf: Array(" Tj ET\n".utf8))
    }
}
