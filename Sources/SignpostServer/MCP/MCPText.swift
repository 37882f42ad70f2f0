import SignpostCore

/// Readable text for tool results: what a model reads (and may read out). Built from the same
/// results the JSON comes from; it adds no facts of its own.
enum MCPText {
    /// Text already escaped for a JSON string, with its quotes, built piece by piece into one
    /// growing block of memory: the `match_services` text is made per request, and building it
    /// as `String`s (or an `Array` with its uniqueness checks) and escaping it afterwards cost as
    /// much as the match itself.
    final class Buffer {
        private var base: UnsafeMutablePointer<UInt8>
        private var count = 0
        private var capacity: Int

        init(capacity: Int = 1024) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
            base[0] = 0x22
            count = 1
        }

        convenience init(_ text: String) {
            self.init(capacity: text.utf8.count + 16)
            append(text)
        }

        deinit { base.deallocate() }

        /// The quoted, escaped string.
        var quoted: [UInt8] {
            var out = [UInt8](repeating: 0x22, count: count + 1)
            out.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: base, count: count) }
            return out
        }

        @inline(__always) private func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            let grown = max(capacity * 2, count + extra)
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            fresh.update(from: base, count: count)
            base.deallocate()
            base = fresh
            capacity = grown
        }

        @inline(__always) private func copy(_ from: UnsafePointer<UInt8>, _ n: Int) {
            guard n > 0 else { return }
            reserve(n)
            (base + count).update(from: from, count: n)
            count += n
        }

        func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                guard let start = bytes.baseAddress else { return }
                let n = bytes.count
                var run = 0
                var i = 0
                // Eight bytes at a time while none of them needs escaping (SWAR: a control
                // character, a quote, a backslash or DEL sets that byte's high bit; a false alarm
                // only sends the word to the byte loop below).
                while i + 8 <= n {
                    let word = UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)
                    if Self.needsEscape(word) { break }
                    i += 8
                }
                while i < n {
                    let byte = start[i]
                    if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                        copy(start + run, i - run)
                        escape(byte)
                        run = i + 1
                    }
                    i += 1
                }
                copy(start + run, n - run)
            }
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080

        @inline(__always) static func needsEscape(_ x: UInt64) -> Bool {
            func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
            let control = (x &- ones &* 0x20) & ~x & highs
            return (control | zeroByte(x ^ (ones &* 0x22)) | zeroByte(x ^ (ones &* 0x5C)) | zeroByte(x ^ (ones &* 0x7F))) != 0
        }

        func newline() { two(UInt8(ascii: "\\"), UInt8(ascii: "n")) }

        /// A non-negative integer's digits (no `String` made).
        func append(_ n: Int) {
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var v = UInt(max(0, n))
            var i = 20
            withUnsafeMutableBytes(of: &digits) { p in
                repeat {
                    i -= 1
                    p[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                } while v > 0
                copy(p.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, 20 - i)
            }
        }

        @inline(__always) private func two(_ a: UInt8, _ b: UInt8) {
            reserve(2)
            base[count] = a
            base[count + 1] = b
            count += 2
        }

        /// A line: the pieces, then a newline.
        func line(_ a: String, _ b: String = "", _ c: String = "", _ d: String = "", _ e: String = "") {
            append(a)
            if !b.isEmpty { append(b) }
            if !c.isEmpty { append(c) }
            if !d.isEmpty { append(d) }
            if !e.isEmpty { append(e) }
            newline()
        }

        private func escape(_ byte: UInt8) {
            switch byte {
            case 0x22: two(0x5C, 0x22)
            case 0x5C: two(0x5C, 0x5C)
            case 0x0A: two(0x5C, UInt8(ascii: "n"))
            case 0x0D: two(0x5C, UInt8(ascii: "r"))
            case 0x09: two(0x5C, UInt8(ascii: "t"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                two(0x5C, UInt8(ascii: "u"))
                two(0x30, 0x30)
                two(hex[Int(byte >> 4)], hex[Int(byte & 15)])
            }
        }
    }

    static func match(_ r: MatchResult) -> Buffer {
        // A match text is 2–4 KB; one allocation, no regrowth.
        let out = Buffer(capacity: 8192)
        out.append("Services for a resident of ")
        out.append(r.place.label)
        if r.age != nil || !r.circumstances.isEmpty {
            out.append(" (")
            var first = true
            if let age = r.age {
                out.append("age ")
                out.append(age)
                first = false
            }
            for c in r.circumstances {
                if !first { out.append(", ") }
                out.append(c.rawValue)
                first = false
            }
            out.append(")")
        }
        out.newline()
        if !r.urgent.isEmpty {
            out.newline()
            out.line("URGENT — act on this first:")
            for risk in r.urgent {
                out.line("  ! ", risk.risk, ": ", risk.say)
                for contact in risk.contacts { out.line("    ", contact.name, " — ", contact.phone + " (" + contact.when + ")") }
            }
        }
        out.newline()
        out.append("Needs understood: ")
        var stated = 0
        for need in r.needs {
            if case .suggested = need.source { continue }
            if stated > 0 { out.append("; ") }
            out.append(need.need.label)
            stated += 1
        }
        if stated == 0 { out.append("none (try other words, or need ids from signpost://needs).") }
        out.newline()
        for inference in r.inferred {
            out.line("Read as ", inference.circumstance.rawValue, " (from “", inference.because, "”).")
        }
        out.newline()
        if r.matches.isEmpty { out.line("No services fit.") }
        var questions = 0
        // By index, not `for m in`: a `Scored` holds a whole `Service`, and copying one per match
        // costs dozens of retains and releases on this hot path.
        for i in r.matches.indices {
            out.append(i + 1)
            out.append(". ")
            out.append(r.matches[i].service.name)
            if let phone = r.matches[i].service.phones.first?.number { out.append(" — phone "); out.append(phone) }
            out.append(" [id ")
            out.append(r.matches[i].service.id)
            out.append("]")
            out.newline()
            out.append("   ")
            out.append(r.matches[i].organisation)
            if let site = r.matches[i].site ?? r.matches[i].service.locations.first {
                let where_ = site.singleLine
                if !where_.isEmpty { out.append(" · "); out.append(where_) }
            }
            if let km = r.matches[i].distanceKm { out.append(" · " + String((km * 10).rounded() / 10) + " km") }
            out.newline()
            if let url = r.matches[i].service.url { out.line("   Web: ", url) }
            let verified = r.matches[i].service.verified
            out.append("   Last checked: ")
            out.append(verified.year)
            out.append(verified.month < 10 ? "-0" : "-")
            out.append(verified.month)
            out.append(verified.day < 10 ? "-0" : "-")
            out.append(verified.day)
            out.newline()
            // The reasons that moved the ranking by a point or more; the small tie-breakers
            // (freshness, a free service's half point) are in the JSON.
            var why = false
            let reasons = r.matches[i].reasons
            for j in reasons.indices {
                switch reasons[j].kind {
                case .points(let points) where abs(points) >= 1:
                    out.append(why ? " " : "   Why: ")
                    out.append(reasons[j].text)
                    why = true
                case .ask: questions += 1
                default: break
                }
            }
            if why { out.newline() }
        }
        if r.moreMatches > 0 { out.line("(", String(r.moreMatches), " more not listed: raise limit)") }
        if questions > 0 {
            out.newline()
            out.line("To check before referring:")
            for m in r.matches {
                for reason in m.reasons {
                    if case .ask = reason.kind { out.line("  - ", m.service.name, ": ", reason.text) }
                }
            }
        }
        var suggested = false
        for need in r.needs {
            guard case .suggested(_, _, let reason) = need.source else { continue }
            if !suggested {
                out.newline()
                out.line("Also worth asking about:")
                suggested = true
            }
            out.line("  - ", need.need.label, ": ", reason)
        }
        if !r.excluded.isEmpty {
            out.newline()
            out.line("Ruled out:")
            for e in r.excluded {
                out.append("  - ")
                out.append(e.service.name)
                out.append(":")
                for reason in e.reasons { out.append(" "); out.append(reason.text) }
                out.newline()
            }
        }
        out.newline()
        out.append("Not covered by any service: ")
        if r.unmet.isEmpty { out.append("none") }
        for (i, need) in r.unmet.enumerated() {
            if i > 0 { out.append("; ") }
            out.append(need.label)
        }
        if !r.unrecognised.isEmpty {
            out.newline()
            out.append("Words not understood: ")
            for (i, word) in r.unrecognised.enumerated() {
                if i > 0 { out.append(", ") }
                out.append(word)
            }
        }
        return out
    }

    static func serviceList(_ json: JSONValue) -> String {
        let services = json["services"]?.arrayValue ?? []
        let total = json["total"]?.intValue ?? services.count
        let offset = json["offset"]?.intValue ?? 0
        var out = ["\(total) service(s)" + (services.isEmpty ? "." : "; showing \(offset + 1)–\(offset + services.count):")]
        for s in services {
            var line = "- \(s["name"]?.stringValue ?? "?") [id \(s["id"]?.stringValue ?? "?")]"
            if let phone = s["phones"]?.arrayValue?.first?["number"]?.stringValue { line += " — phone \(phone)" }
            out.append(line)
            if let d = s["description"]?.stringValue { out.append("  " + d) }
        }
        return out.joined(separator: "\n")
    }

    static func service(_ s: JSONValue) -> String {
        var out = ["\(s["name"]?.stringValue ?? "?") [id \(s["id"]?.stringValue ?? "?")]"]
        if let d = s["description"]?.stringValue { out.append(d) }
        for phone in s["phones"]?.arrayValue ?? [] {
            var line = "Phone: " + (phone["number"]?.stringValue ?? "")
            if let what = phone["description"]?.stringValue { line += " (\(what))" }
            if let ask = phone["ask_for"]?.stringValue { line += "; ask for \(ask)" }
            out.append(line)
        }
        if let url = s["url"]?.stringValue { out.append("Web: " + url) }
        if let email = s["email"]?.stringValue { out.append("Email: " + email) }
        for location in s["locations"]?.arrayValue ?? [] {
            let parts = ["name", "address", "postcode"].compactMap { location[$0]?.stringValue }
            if !parts.isEmpty { out.append("Where: " + parts.joined(separator: ", ")) }
        }
        if let cost = s["cost"] {
            out.append("Cost: " + ([cost["kind"]?.stringValue, cost["description"]?.stringValue].compactMap { $0 }.joined(separator: ": ")))
        }
        if let notes = s["eligibility"]?["notes"]?.stringValue { out.append("Who it is for: " + notes) }
        if let schedule = s["schedule"]?.stringValue { out.append("When: " + schedule) }
        if let verified = s["verified"]?.stringValue { out.append("Last checked: " + verified) }
        return out.joined(separator: "\n")
    }

    static func parishes(_ json: JSONValue) -> String {
        let parishes = json["parishes"]?.arrayValue ?? []
        var out = ["\(parishes.count) towns and parishes:"]
        for p in parishes {
            var line = "- " + (p["name"]?.stringValue ?? "?")
            var facts: [String] = []
            if let kind = p["kind"]?.stringValue { facts.append(kind) }
            if let count = p["population"]?["count"]?.intValue { facts.append("population \(count)") }
            if let outcodes = p["outcodes"]?.arrayValue?.compactMap(\.stringValue), !outcodes.isEmpty {
                facts.append("postcodes " + outcodes.joined(separator: ", "))
            }
            if !facts.isEmpty { line += " (" + facts.joined(separator: "; ") + ")" }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    static func gaps(_ json: JSONValue, limit: Int) -> String {
        let gaps = json["gaps"]?.arrayValue ?? []
        let total = json["totalGaps"]?.intValue ?? gaps.count
        var out = [total == 0 ? "No gaps found." : "\(total) gap(s)" + (total > gaps.count ? "; the \(gaps.count) most severe:" : ", most severe first:")]
        for g in gaps { out.append("- " + (g["finding"]?.stringValue ?? "?")) }
        if let opened = json["whatIf"]?["opened"]?.arrayValue, !opened.isEmpty {
            out.append("")
            out.append("Would open if those services closed (\(opened.count)):")
            for change in opened.prefix(limit) { out.append("- " + (change["findingAfter"]?.stringValue ?? "?")) }
        }
        return out.joined(separator: "\n")
    }
}
