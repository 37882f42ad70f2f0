/// Small, allocation-light formatting used in sentences people read.
public enum Format {
    /// "0.4 km", "3.2 km", "12 km" (one decimal under 10 km, whole numbers above).
    public static func kilometres(_ km: Double) -> String {
        guard km.isFinite else { return "? km" }
        if km < 10 {
            let tenths = Int((km * 10).rounded())
            return String(tenths / 10) + "." + String(tenths % 10) + " km"
        }
        return String(Int(km.rounded())) + " km"
    }

    /// "1,234" — thousands separated by commas.
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// A number with at most `places` decimals, trailing zeros trimmed ("2.5", "3").
    public static func decimal(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded() / scale
        if scaled.rounded() == scaled { return String(Int(scaled)) }
        var text = String(scaled)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > places + 1 {
            text = String(text[...text.index(dot, offsetBy: places)])
        }
        return text
    }

    /// "a, b and c".
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + conjunction + " " + items.last!
        }
    }
}
