/// An error a user can act on (an unknown parish, a need id that does not exist), with
/// suggestions. The CLI prints `message`; the protocol maps `kind` to a JSON-RPC error code.
public struct SignpostError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case unknownParish = "unknown-parish"
        case unknownPostcode = "unknown-postcode"
        case outsideDistrict = "outside-district"
        case unknownNeed = "unknown-need"
        case unknownService = "unknown-service"
        case unknownModule = "unknown-module"
        case unknownRule = "unknown-rule"
        case unknownCircumstance = "unknown-circumstance"
        case unknownTheme = "unknown-theme"
        case invalidInput = "invalid-input"
        case limitExceeded = "limit-exceeded"
        case output = "output"
    }

    public var kind: Kind
    public var message: String
    public var suggestions: [String]

    public init(_ kind: Kind, _ message: String, suggestions: [String] = []) {
        self.kind = kind
        self.message = message
        self.suggestions = suggestions
    }

    public var description: String { message }

    /// "did you mean Edenbridge?" appended when there are suggestions.
    public static func withSuggestions(_ kind: Kind, _ message: String, _ suggestions: [String]) -> SignpostError {
        var text = message
        if !suggestions.isEmpty {
            text += " (did you mean " + Format.list(suggestions.map { "\"" + $0 + "\"" }, conjunction: "or") + "?)"
        }
        return SignpostError(kind, text, suggestions: suggestions)
    }
}
