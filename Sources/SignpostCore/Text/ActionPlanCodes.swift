/// Action-plan codes ("WD8", "HB9", "PC11", "WDH2") are officers' shorthand: resident text (what
/// printed lists and handouts carry) must not contain them. The validator warns about them in a
/// service's resident fields; the print tests look for them in every rendered list.
public enum ActionPlanCodes {
    /// The codes found in `text`, in order: a word that is WD, WDH, HB or PC followed by digits.
    public static func find(in text: String) -> [String] {
        var found: [String] = []
        var word = ""
        func flush() {
            defer { word = "" }
            for prefix in ["WDH", "WD", "HB", "PC"] where word.hasPrefix(prefix) {
                let rest = word.dropFirst(prefix.count)
                if !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    found.append(word)
                    return
                }
            }
        }
        for ch in text {
            if ch.isLetter || ch.isNumber { word.append(ch) } else { flush() }
        }
        flush()
        return found
    }
}
