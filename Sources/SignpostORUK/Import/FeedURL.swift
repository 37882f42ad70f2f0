import SignpostCore

/// Web addresses as publishers write them: `www.samaritans.org/...` and `samaritans.org` are read
/// as https addresses (the caller says so in a warning); `HTTP://` is lower-cased; `mailto:` and
/// anything with spaces or another scheme is not a web address.
enum FeedURL {
    struct Read {
        var url: String
        /// True when `https://` was added to a bare host name.
        var schemeAdded: Bool
    }

    static func read(_ raw: String) -> Read? {
        var text = raw.trimmingSpaces()
        if text.hasPrefix("<") && text.hasSuffix(">") { text = String(text.dropFirst().dropLast()) }
        guard !text.isEmpty, !text.contains(" "), !text.contains("\t"), !text.contains("\n") else { return nil }
        let lower = text.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let url = scheme + text.dropFirst(scheme.count)
            return UKFormats.isWebAddress(url) && isHost(hostPart(String(url.dropFirst(scheme.count)))) ? Read(url: url, schemeAdded: false) : nil
        }
        if lower.hasPrefix("//") { text = String(text.dropFirst(2)) }
        // Another scheme (mailto:, ftp:, javascript:) is not a web page.
        if let colon = text.firstIndex(of: ":"), colon < (text.firstIndex(of: "/") ?? text.endIndex) {
            // host:port is an address ("example.org:8080/x"); a scheme is not.
            let port = text[text.index(after: colon)...].prefix { $0 != "/" }
            if !(text[..<colon].contains(".") && !port.isEmpty && port.allSatisfy({ $0.isASCII && $0.isNumber })) { return nil }
        }
        guard !text.contains("@") || text.contains("/"), isHost(hostPart(text)) else { return nil }
        let url = "https://" + text
        return UKFormats.isWebAddress(url) ? Read(url: url, schemeAdded: true) : nil
    }

    /// The host (and port) of an address without its scheme: up to the first `/`, `?` or `#`.
    private static func hostPart(_ text: String) -> String {
        String(text.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    /// A dotted DNS name with a letter top-level domain ("www.nhs.uk", "localhost" is not one),
    /// optionally with a port.
    private static func isHost(_ hostAndPort: String) -> Bool {
        var host = Substring(hostAndPort)
        if let colon = host.lastIndex(of: ":") {
            guard host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            host = host[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
