import SignpostCore

/// The ids of a request line exactly as the client wrote them.
///
/// `JSONValue` holds numbers as `Double`, so an integer id above 2^53 (9007199254740993) would be
/// answered as a different number, and `1` as `1` but `1.50` as `1.5`. JSON-RPC says the response
/// id must be the request's, and clients compare them as values or as text; so a numeric id is
/// echoed byte for byte. This scanner runs on lines the parser has already accepted (so it need
/// not check well-formedness) and only when some id is a number.
enum RawIDs {
    /// For a top-level object: its `id` member's text when that is a number.
    static func ofObject(_ line: [UInt8]) -> [UInt8]? {
        var scanner = Scanner(bytes: line)
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "{") else { return nil }
        return scanner.objectID()
    }

    /// For a top-level array: one entry per element, the element's numeric `id` text or nil.
    static func ofBatch(_ line: [UInt8]) -> [[UInt8]?] {
        var scanner = Scanner(bytes: line)
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "[") else { return [] }
        scanner.index += 1
        var ids: [[UInt8]?] = []
        while true {
            scanner.skipSpace()
            guard let byte = scanner.peek else { return ids }
            if byte == UInt8(ascii: "]") { return ids }
            if byte == UInt8(ascii: ",") {
                scanner.index += 1
                continue
            }
            if byte == UInt8(ascii: "{") {
                ids.append(scanner.objectID())
            } else {
                scanner.skipValue()
                ids.append(nil)
            }
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
        }

        /// At `{`: reads the object through its `}`; returns the `id` member's text if a number.
        mutating func objectID() -> [UInt8]? {
            index += 1
            var found: [UInt8]? = nil
            while true {
                skipSpace()
                guard let b = peek else { return found }
                if b == UInt8(ascii: "}") {
                    index += 1
                    return found
                }
                if b == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                let keyStart = index
                skipString()
                let isID = keyIsID(bytes[keyStart..<index])
                skipSpace()
                if peek == UInt8(ascii: ":") { index += 1 }
                skipSpace()
                let valueStart = index
                skipValue()
                if isID, let first = bytes[safe: valueStart], first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) {
                    found = Array(bytes[valueStart..<index])
                }
            }
        }

        /// `"id"`, also when written with escapes (`"\u0069d"`).
        func keyIsID(_ raw: ArraySlice<UInt8>) -> Bool {
            if raw.elementsEqual("\"id\"".utf8) { return true }
            guard raw.contains(UInt8(ascii: "\\")) else { return false }
            return (try? JSONParser.value(Array(raw)))?.stringValue == "id"
        }

        mutating func skipString() {
            guard peek == UInt8(ascii: "\"") else { return }
            index += 1
            while index < bytes.count {
                let b = bytes[index]
                index += 1
                if b == UInt8(ascii: "\\") {
                    index += 1
                } else if b == UInt8(ascii: "\"") {
                    return
                }
            }
        }

        /// Skips one value of any kind (containers by depth, strings by their quotes).
        mutating func skipValue() {
            guard let b = peek else { return }
            if b == UInt8(ascii: "\"") {
                skipString()
                return
            }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                var depth = 0
                while let c = peek {
                    if c == UInt8(ascii: "\"") {
                        skipString()
                        continue
                    }
                    index += 1
                    if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                        depth += 1
                    } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { return }
                    }
                }
                return
            }
            // A number or a literal: up to the next delimiter.
            while let c = peek, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"),
                c != 0x20, c != 0x09, c != 0x0A, c != 0x0D
            {
                index += 1
            }
        }
    }
}

extension Array {
    fileprivate subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
