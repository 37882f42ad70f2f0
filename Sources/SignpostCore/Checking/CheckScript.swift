/// A short, polite phone script for checking one service: who is calling and why, who to ask
/// for when the number is not the service's own, one question per `CheckItem`, and thanks. It
/// names the service and the council's purpose only; it never mentions a resident.
public enum CheckScript {
    /// Who the officer says they are calling from.
    public static let caller = "Sevenoaks District Council"

    /// The script, as sentences to read out.
    public static func lines(service: Service, organisation: String, number: NumberToRing, items: [CheckItem]) -> [String] {
        var lines: [String] = []
        lines.append(
            "Hello, I'm calling from \(caller). We list \(service.name) in the directory our residents use, and I'd like to check our details are still right. Do you have two minutes?")
        switch number.whose {
        case .standIn:
            lines.append("Could I speak to " + (number.askFor.map(CheckItem.clause) ?? "whoever runs \(service.name) now") + "?")
        case .organisation:
            lines.append("Could you put me through to whoever runs \(service.name) at \(organisation)?")
        case .service, .none:
            break
        }
        lines += items.map(\.question)
        lines.append("Thank you: we'll update the directory today.")
        return lines
    }

    /// The script as one paragraph.
    public static func text(service: Service, organisation: String, number: NumberToRing, items: [CheckItem]) -> String {
        lines(service: service, organisation: organisation, number: number, items: items).joined(separator: " ")
    }
}
